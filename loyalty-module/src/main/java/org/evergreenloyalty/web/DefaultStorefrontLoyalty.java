package org.evergreenloyalty.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evergreenloyalty.ledger.AccountBalance;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.points.AccountSummary;
import org.evergreenloyalty.points.EarnCalculator;
import org.evergreenloyalty.points.OrderPointsRepository;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.TierService;

/** Builds the storefront's view models from the points engine. */
public class DefaultStorefrontLoyalty implements StorefrontLoyalty {

    /** History rows per page of the account page. */
    public static final int DEFAULT_HISTORY_PAGE_SIZE = 20;


    private final LedgerService ledger;
    private final PointsAccountService accounts;
    private final PointsRedemptionService redemption;
    private final PointsSettingsService settings;
    private final EarnCalculator earnCalculator;
    private final TierService tiers;
    private int historyPageSize = DEFAULT_HISTORY_PAGE_SIZE;
    private OrderPointsRepository orderPoints;
    /** The ledger source type of an order's points. */
    private static final String ORDER_SOURCE = "order";

    public DefaultStorefrontLoyalty(LedgerService ledger, PointsAccountService accounts, PointsRedemptionService redemption,
                                    PointsSettingsService settings, EarnCalculator earnCalculator, TierService tiers) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.redemption = redemption;
        this.settings = settings;
        this.earnCalculator = earnCalculator;
        this.tiers = tiers;
    }

    /** Rows per history page (1 to 100). */
    public void setHistoryPageSize(int historyPageSize) {
        if (historyPageSize < 1 || historyPageSize > 100) {
            throw new IllegalArgumentException("The history page size must be between 1 and 100, was " + historyPageSize);
        }
        this.historyPageSize = historyPageSize;
    }

    /** Where the history finds when an order's pending points become available (optional). */
    public void setOrderPoints(OrderPointsRepository orderPoints) {
        this.orderPoints = orderPoints;
    }

    public int getHistoryPageSize() {
        return historyPageSize;
    }

    @Override
    public ShopperPoints points(Long customerId) {
        if (customerId == null) {
            return ShopperPoints.anonymous();
        }
        AccountBalance b = ledger.balance(customerId);
        return new ShopperPoints(true, b.getAvailable(), b.getPending());
    }

    /**
     * The account page in a handful of statements: the settings, one summary query (balances from the account row;
     * 12-month figure, history size, expiring soon, held points and tier computed by the database), the tiers, one
     * history page, the maturity dates of its orders and the vouchers.
     */
    @Override
    public LoyaltyAccountPage accountPage(long customerId, String pageInput, MoneyFormat money) {
        PointsSettings s = settings.current();
        AccountSummary summary = accounts.summary(customerId);
        int pages = (int) Math.max(1, (summary.getHistorySize() + historyPageSize - 1) / historyPageSize);
        int page = PageNumber.clamp(pageInput, pages);
        List<LedgerEntry> entries = accounts.history(customerId, page - 1, historyPageSize);
        Map<Long, Date> availableFrom = availableFrom(entries);
        List<HistoryLine> lines = new ArrayList<HistoryLine>();
        for (LedgerEntry e : entries) {
            lines.add(HistoryLine.of(e, availableFrom.get(orderOf(e))));
        }
        long spendable = summary.getSpendable();
        List<VoucherOption> options = new ArrayList<VoucherOption>();
        for (Long step : s.voucherStepList()) {
            BigDecimal value = BigDecimal.valueOf(step)
                    .divide(BigDecimal.valueOf(Math.max(1, s.getRedeemPointsPerCurrencyUnit())), 2, RoundingMode.DOWN);
            options.add(new VoucherOption(step, value, step <= spendable));
        }
        return new LoyaltyAccountPage(summary, s.getPendingDays(), s.getReminderDaysBefore(), lines,
                page, pages, redemption.vouchers(customerId), options, spendable, money);
    }

    /** When the pending points of the orders among {@code entries} become available. */
    private Map<Long, Date> availableFrom(List<LedgerEntry> entries) {
        Set<Long> orders = new HashSet<Long>();
        for (LedgerEntry e : entries) {
            Long order = orderOf(e);
            if (order != null && e.getType() == EntryType.EARN) {
                orders.add(order);
            }
        }
        return orderPoints == null || orders.isEmpty() ? Collections.<Long, Date>emptyMap() : orderPoints.maturityDates(orders);
    }

    private static Long orderOf(LedgerEntry e) {
        String id = e.getSourceId();
        if (!ORDER_SOURCE.equals(e.getSourceType()) || id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(id);
    }

    @Override
    public RedeemWidget redeemWidget(Long customerId, Long cartId, MoneyFormat money) {
        if (customerId == null || cartId == null) {
            return RedeemWidget.hidden();
        }
        return new RedeemWidget(redemption.quote(customerId, cartId), settings.current().getRedeemMaxSharePercent(), money,
                null, null, null);
    }

    @Override
    public long pointsFor(BigDecimal price, Long customerId) {
        return pointsFor(price, customerId, settings.current());
    }

    private long pointsFor(BigDecimal price, Long customerId, PointsSettings s) {
        if (price == null || price.signum() <= 0) {
            return 0;
        }
        BigDecimal multiplier = customerId == null ? BigDecimal.ONE : tiers.multiplier(customerId);
        return earnCalculator.points(price, s, multiplier);
    }

    @Override
    public long pointsForProduct(BigDecimal price, Long productId, Long categoryId, Long customerId) {
        PointsSettings s = settings.current();
        if ((productId != null && s.excludedProducts().contains(productId))
                || (categoryId != null && s.excludedCategories().contains(categoryId))) {
            return 0;
        }
        return pointsFor(price, customerId, s);
    }
}
