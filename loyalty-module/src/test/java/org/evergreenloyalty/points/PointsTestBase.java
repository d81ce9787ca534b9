package org.evergreenloyalty.points;

import java.util.ArrayList;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.KnownPointsSettings;
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
        original = KnownPointsSettings.apply(settingsService);
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
