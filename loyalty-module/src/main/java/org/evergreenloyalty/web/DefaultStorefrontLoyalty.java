package org.evergreenloyalty.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.evergreenloyalty.ledger.AccountBalance;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.points.EarnCalculator;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.TierService;

/** Builds the storefront's view models from the points engine. */
public class DefaultStorefrontLoyalty implements StorefrontLoyalty {

    /** History rows per page of the account page. */
    public static final int DEFAULT_HISTORY_PAGE_SIZE = 20;

    /** No cart: the engine's quote then covers the whole balance. */
    private static final long NO_CART = -1L;

    private final LedgerService ledger;
    private final PointsAccountService accounts;
    private final PointsRedemptionService redemption;
    private final PointsSettingsService settings;
    private final EarnCalculator earnCalculator;
    private final TierService tiers;
    private int historyPageSize = DEFAULT_HISTORY_PAGE_SIZE;

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

    @Override
    public LoyaltyAccountPage accountPage(long customerId, String pageInput, MoneyFormat money) {
        PointsSettings s = settings.current();
        int pages = accounts.historyPages(customerId, historyPageSize);
        int page = PageNumber.clamp(pageInput, pages);
        List<HistoryLine> lines = new ArrayList<HistoryLine>();
        for (LedgerEntry e : accounts.history(customerId, page - 1, historyPageSize)) {
            lines.add(HistoryLine.of(e));
        }
        long spendable = redemption.quote(customerId, NO_CART).getSpendable();
        List<VoucherOption> options = new ArrayList<VoucherOption>();
        for (Long step : s.voucherStepList()) {
            BigDecimal value = BigDecimal.valueOf(step)
                    .divide(BigDecimal.valueOf(Math.max(1, s.getRedeemPointsPerCurrencyUnit())), 2, RoundingMode.DOWN);
            options.add(new VoucherOption(step, value, step <= spendable));
        }
        return new LoyaltyAccountPage(accounts.summary(customerId), s.getPendingDays(), s.getReminderDaysBefore(), lines,
                page, pages, redemption.vouchers(customerId), options, spendable, money);
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
