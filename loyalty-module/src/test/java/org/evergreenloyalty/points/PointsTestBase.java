package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.ArrayList;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Shared set-up of the points tests: known settings, no tiers, the real clock, and store fixtures. */
abstract class PointsTestBase {

    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService settingsService;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgPointsAccountService")
    PointsAccountService accounts;
    @Resource(name = "evgPointsRedemptionService")
    PointsRedemptionService redemption;
    @Resource(name = "evgTierService")
    TierService tiers;
    @Resource(name = "evgClock")
    AdjustableClock clock;

    final StoreFixtures store = StoreFixtures.create();
    private PointsSettings original;

    @BeforeEach
    void knownSettings() {
        original = settingsService.current();
        PointsSettings s = original.copy();
        s.setPointsPerCurrencyUnit(BigDecimal.ONE);
        s.setEarnOnShipping(false);
        s.setEarnOnTax(false);
        s.setExcludedProductIds("");
        s.setExcludedCategoryIds("");
        s.setPendingDays(30);
        s.setSignupBonus(0);
        s.setRedeemPointsPerCurrencyUnit(100);
        s.setRedeemStep(100);
        s.setRedeemMinimumBalance(100);
        s.setRedeemMaxSharePercent(50);
        s.setReservationMinutes(60);
        s.setExpiryMode(ExpiryMode.FIXED_AGE);
        s.setExpiryDays(365);
        s.setReminderDaysBefore(30);
        s.setTierBasis(TierBasis.POINTS_12_MONTHS);
        settingsService.save(s);
        tiers.saveTiers(new ArrayList<LoyaltyTier>());
        clock.reset();
    }

    @AfterEach
    void restore() {
        clock.reset();
        settingsService.save(original);
        tiers.saveTiers(new ArrayList<LoyaltyTier>());
    }

    /** Changes some settings for one test. */
    PointsSettings settings(java.util.function.Consumer<PointsSettings> change) {
        PointsSettings s = settingsService.current();
        change.accept(s);
        return settingsService.save(s);
    }

    /** A customer holding {@code points} available (as a bonus). */
    Customer customerWith(long points) {
        Customer c = store.customer();
        if (points > 0) {
            accounts.grantBonus(c.getId(), points, TestIds.unique("seed-bonus"), "test balance", "test", null);
        }
        return c;
    }

    Product product(String price) {
        return store.product("Points product " + TestIds.unique("p"), price, null);
    }

    Order cartWith(Customer c, Product p, int qty) {
        return store.add(store.cart(c), p, qty);
    }

    static final long DAY = 24L * 60 * 60 * 1000;
}
