package org.evergreenloyalty.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.evergreenloyalty.ledger.AccountBalance;
import org.evergreenloyalty.points.AccountSummary;
import org.evergreenloyalty.points.PointsVoucher;
import org.evergreenloyalty.points.TierBasis;
import org.evergreenloyalty.points.TierStatus;

/**
 * Everything {@code /account/loyalty} shows for one customer: balances, points expiring soon, tier progress,
 * one page of the history, the vouchers bought and the voucher sizes on offer.
 */
public final class LoyaltyAccountPage {

    private final AccountSummary summary;
    private final int pendingDays;
    private final int reminderDays;
    private final List<HistoryLine> history;
    private final int page;
    private final int pages;
    private final List<PointsVoucher> vouchers;
    private final List<VoucherOption> voucherOptions;
    private final long spendable;
    private final MoneyFormat money;

    public LoyaltyAccountPage(AccountSummary summary, int pendingDays, int reminderDays, List<HistoryLine> history,
                              int page, int pages, List<PointsVoucher> vouchers, List<VoucherOption> voucherOptions,
                              long spendable, MoneyFormat money) {
        this.summary = summary;
        this.pendingDays = pendingDays;
        this.reminderDays = reminderDays;
        this.history = Collections.unmodifiableList(new ArrayList<HistoryLine>(history));
        this.page = page;
        this.pages = pages;
        this.vouchers = Collections.unmodifiableList(new ArrayList<PointsVoucher>(vouchers));
        this.voucherOptions = Collections.unmodifiableList(new ArrayList<VoucherOption>(voucherOptions));
        this.spendable = spendable;
        this.money = money;
    }

    public AccountSummary getSummary() { return summary; }
    public AccountBalance getBalance() { return summary.getBalance(); }
    public long getAvailable() { return summary.getBalance().getAvailable(); }
    public long getPending() { return summary.getBalance().getPending(); }
    /** Recent orders whose points another worker is booking at this moment (shown as "being booked"). */
    public long getOrdersBeingBooked() { return summary.getOrdersBeingBooked(); }
    public long getLifetimeEarned() { return summary.getBalance().getLifetimeEarned(); }
    /** True when returns took back points that had already been spent. */
    public boolean isNegative() { return getAvailable() < 0; }
    /** Days an order's points stay pending. */
    public int getPendingDays() { return pendingDays; }
    /** How far ahead "expiring soon" looks, in days. */
    public int getReminderDays() { return reminderDays; }
    public long getExpiringPoints() { return summary.getExpiring() == null ? 0 : summary.getExpiring().getPoints(); }
    /** The earliest day some of the expiring points expire, or null. */
    public Date getFirstExpiry() { return summary.getExpiring() == null ? null : summary.getExpiring().getFirstExpiry(); }

    public TierStatus getTier() { return summary.getTier(); }
    /** Whether the store has tiers at all (else the page leaves the tier box out). */
    public boolean isTiersEnabled() {
        TierStatus t = summary.getTier();
        return t != null && (t.getCurrent() != null || t.getNext() != null);
    }
    /** Whether tier progress is measured in money spent (else in points). */
    public boolean isSpendBasis() { return summary.getTier() != null && summary.getTier().getBasis() == TierBasis.SPEND_12_MONTHS; }
    /** Message key naming what the tier progress counts, e.g. {@code evergreen.tier.basis.POINTS_12_MONTHS}. */
    public String getTierBasisKey() {
        TierBasis b = summary.getTier() == null || summary.getTier().getBasis() == null ? TierBasis.POINTS_12_MONTHS : summary.getTier().getBasis();
        return "evergreen.tier.basis." + b.name();
    }
    /** The tier qualifying value or remainder {@code value} as text: money for the spend basis, else a number. */
    public String tierAmount(long value) {
        return isSpendBasis() ? money.format(value) : String.format(money.getLocale(), "%,d", value);
    }

    public List<HistoryLine> getHistory() { return history; }
    /** The page shown, 1-based. */
    public int getPage() { return page; }
    public int getPages() { return pages; }
    public boolean isHasPrevious() { return page > 1; }
    public boolean isHasNext() { return page < pages; }

    public List<PointsVoucher> getVouchers() { return vouchers; }
    public List<VoucherOption> getVoucherOptions() { return voucherOptions; }
    /** Whether the shopper can afford at least one voucher size (else the buy button is disabled). */
    public boolean isAnyVoucherAffordable() {
        for (VoucherOption o : voucherOptions) {
            if (o.isAffordable()) {
                return true;
            }
        }
        return false;
    }
    /** Available points not held by a cart's points discount. */
    public long getSpendable() { return spendable; }

    public MoneyFormat getMoney() { return money; }
}
