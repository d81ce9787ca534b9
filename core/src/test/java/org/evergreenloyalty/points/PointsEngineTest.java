package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerInvariants;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.InMemoryOffers;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.RecordingMailTransport;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The points engine on its own context: earning from processed orders, the pending period, expiry, and the rules
 * of redemption reservations, with balances and lots checked against the entries after each flow.
 */
@CoreTest
class PointsEngineTest {

    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService orders;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService settings;
    @Resource(name = "evgPointsMaturationService")
    PointsMaturationService maturation;
    @Resource(name = "evgPointsExpiryService")
    PointsExpiryService expiry;
    @Resource(name = "evgPointsRedemptionService")
    PointsRedemptionService redemption;
    @Resource(name = "testOffers")
    InMemoryOffers offers;
    @Resource(name = "evgMailTransport")
    RecordingMailTransport mail;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private PointsSettings original;

    @BeforeEach
    void knownRules() {
        original = KnownPointsSettings.apply(settings);
        PointsSettings s = settings.current().copy();
        s.setMailPointsAvailable(true);
        settings.save(s);
    }

    @AfterEach
    void restoreRules() {
        settings.save(original);
    }

    private void checkInvariants(long customerId) {
        new TransactionTemplate(txm).execute(status -> {
            LedgerInvariants.check(em, customerId);
            return null;
        });
    }

    private void bonus(long customerId, long points) {
        ledger.post(Posting.builder(customerId, EntryType.BONUS, TestIds.unique("bonus")).available(points).earned(points)
                .reason("test").build());
    }

    @Test
    void anOrderEarnsPendingPointsOnceEvenWhenDeliveredTwice() {
        long c = CoreFixtures.customer();
        CompletedOrder order = CoreFixtures.order(c, "80.00", "40.50");
        assertTrue(orders.process(order));
        assertFalse(orders.process(order), "the second delivery of the same order is ignored");
        assertEquals(120, ledger.balance(c).getPending());
        assertEquals(0, ledger.balance(c).getAvailable());
        assertEquals(1, ledger.historySize(c));
        assertTrue(orders.isProcessed(order.getOrderId()));
        checkInvariants(c);
    }

    @Test
    void pendingPointsMatureAfterThePendingPeriodAndTheCustomerIsTold() {
        long c = CoreFixtures.customer();
        orders.process(CoreFixtures.order(c, "250.00"));
        CoreFixtures.advanceDays(29);
        maturation.matureDue();
        assertEquals(0, ledger.balance(c).getAvailable(), "still inside the 30 pending days");
        CoreFixtures.advanceDays(2);
        maturation.matureDue();
        assertEquals(250, ledger.balance(c).getAvailable());
        assertEquals(0, ledger.balance(c).getPending());
        List<RecordingMailTransport.Sent> sent = mail.sentTo("c" + c + "@example.com");
        assertEquals(1, sent.size(), "one e-mail about the points now available");
        assertEquals("evergreen/points-available", sent.get(0).template);
        checkInvariants(c);
    }

    @Test
    void maturedPointsExpireAtTheEndOfTheirLifetimeAndTheLotsFollow() {
        long c = CoreFixtures.customer();
        orders.process(CoreFixtures.order(c, "100.00"));
        CoreFixtures.advanceDays(31);
        maturation.matureDue();
        assertEquals(100, ledger.balance(c).getAvailable());
        CoreFixtures.advanceDays(364);
        expiry.expireDue();
        assertEquals(100, ledger.balance(c).getAvailable(), "not yet a year since they matured");
        CoreFixtures.advanceDays(3);
        expiry.expireDue();
        assertEquals(0, ledger.balance(c).getAvailable());
        assertEquals(100, ledger.balance(c).getLifetimeEarned(), "expiry does not change what was earned");
        checkInvariants(c);
    }

    @Test
    void aReservationPutsTheDiscountOnTheCartAndTheOrderSpendsThePoints() {
        long c = CoreFixtures.customer();
        bonus(c, 1000);
        long cart = offers.openCart(c, new BigDecimal("100.00"));
        PointsReservation r = redemption.apply(c, cart, "300");
        assertEquals(300, r.getPoints());
        assertEquals(0, new BigDecimal("3.00").compareTo(r.getAmount()));
        assertTrue(offers.cartHasCode(cart, r.getOfferCode()));

        CompletedOrder order = CoreFixtures.withCodes(CoreFixtures.order(c, "100.00"), r.getOfferCode());
        offers.placeOrder(cart, order.getOrderId());
        orders.process(order);
        assertEquals(700, ledger.balance(c).getAvailable());
        checkInvariants(c);
    }

    @Test
    void refusedRedemptionsSayWhyAndChangeNothing() {
        long c = CoreFixtures.customer();
        bonus(c, 10000);
        long cart = offers.openCart(c, new BigDecimal("100.00"));
        assertEquals("evergreen.redeem.error.step",
                assertThrows(RedemptionException.class, () -> redemption.apply(c, cart, "250")).getMessageKey());
        assertEquals("evergreen.redeem.error.overMaximum",
                assertThrows(RedemptionException.class, () -> redemption.apply(c, cart, "6000")).getMessageKey(),
                "at most half of the cart");
        long other = CoreFixtures.customer();
        assertEquals("evergreen.redeem.error.notYourCart",
                assertThrows(RedemptionException.class, () -> redemption.apply(other, cart, "100")).getMessageKey());
        assertTrue(offers.codesOn(cart).isEmpty());
        assertEquals(10000, ledger.balance(c).getAvailable());
    }

    @Test
    void anAbandonedReservationTimesOutAndLeavesTheCart() {
        long c = CoreFixtures.customer();
        bonus(c, 500);
        long cart = offers.openCart(c, new BigDecimal("80.00"));
        PointsReservation r = redemption.apply(c, cart, "200");
        assertEquals(0, redemption.releaseExpired(), "an hour has not passed");
        CoreFixtures.advanceMinutes(61);
        assertEquals(1, redemption.releaseExpired());
        assertFalse(offers.cartHasCode(cart, r.getOfferCode()));
        assertEquals(500, ledger.balance(c).getAvailable(), "nothing was spent");
    }
}
