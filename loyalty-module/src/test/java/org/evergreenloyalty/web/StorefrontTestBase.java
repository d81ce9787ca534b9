package org.evergreenloyalty.web;

import java.util.ArrayList;
import java.util.Locale;

import javax.annotation.Resource;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.TierService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Shared set-up of the storefront integration tests: known points settings, no tiers, the real clock, store
 * fixtures, and storefront requests of a given shopper (Broadleaf's CustomerState and CartState, as its
 * request filters set them).
 */
abstract class StorefrontTestBase {

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
    @Resource(name = "evgCurrentShopper")
    CurrentShopper shopper;
    @Resource(name = "evgStorefrontLoyalty")
    StorefrontLoyalty loyalty;
    @Resource(name = "evgStorefrontMessages")
    StorefrontMessages messages;

    final StoreFixtures store = StoreFixtures.create();
    private PointsSettings original;

    @BeforeEach
    void knownSettings() {
        original = KnownPointsSettings.apply(settingsService);
        tiers.saveTiers(new ArrayList<LoyaltyTier>());
        clock.reset();
    }

    @AfterEach
    void restoreAndLeaveTheRequest() {
        endRequest();
        // leave no points held by this test's carts: other test classes count the active reservations
        clock.advance(2L * 365 * 24 * 60 * 60 * 1000);
        redemption.releaseExpired();
        clock.reset();
        settingsService.save(original);
        tiers.saveTiers(new ArrayList<LoyaltyTier>());
    }

    /**
     * Starts a storefront request of {@code customer} (null: anonymous) with {@code cart} (null: none) in
     * {@code locale}, as Broadleaf's filters would: request bound, CustomerState and CartState set.
     */
    MockHttpServletRequest request(Customer customer, Order cart, Locale locale) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cart");
        request.addPreferredLocale(locale);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request), true);
        BroadleafRequestContext brc = new BroadleafRequestContext();
        brc.setRequest(request);
        brc.setResponse(new MockHttpServletResponse());
        BroadleafRequestContext.setBroadleafRequestContext(brc);
        CustomerState.setCustomer(customer == null ? anonymous() : customer);
        if (cart != null) {
            CartState.setCart(cart);
        }
        return request;
    }

    /** An anonymous customer, as Broadleaf makes one for a visitor who has not signed in. */
    Customer anonymous() {
        Customer c = store.customers().createCustomer();
        c.setAnonymous(true);
        return c;
    }

    private void endRequest() {
        // a fresh, request-less context, as the thread had before (Broadleaf's listeners expect one)
        BroadleafRequestContext.setBroadleafRequestContext(new BroadleafRequestContext());
        RequestContextHolder.resetRequestAttributes();
        BroadleafTestContext.bindRequest();
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
        return store.product("Storefront product " + TestIds.unique("p"), price, null);
    }

    Order cartWith(Customer c, Product p, int qty) {
        return store.add(store.cart(c), p, qty);
    }
}
