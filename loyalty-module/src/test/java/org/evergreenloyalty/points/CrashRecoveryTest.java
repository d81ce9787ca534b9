package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerInvariants;
import org.evergreenloyalty.order.CompletionProbe;
import org.evergreenloyalty.order.DefaultOrderCompletionService;
import org.evergreenloyalty.order.OrderRecoveryService;
import org.evergreenloyalty.order.RecoveredOrder;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Crash safety of order processing: the processing is stopped at each step by failure injection (a probe that
 * throws, or a thread that stops dead after the order committed, after which the test drops everything not
 * committed, as a dead JVM would), then the order-events job or the recovery sweep runs, and every invariant must hold: balances equal their entries, the placed order is booked once with the
 * right amounts, its points discount has its REDEEM, and no reservation stays active on a placed order.
 */
@BroadleafIntegrationTest
class CrashRecoveryTest extends PointsTestBase {

    /** What a crash throws at the chosen step. */
    static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;
        SimulatedCrash(String step) {
            super("simulated crash at " + step);
        }
    }

    @Resource(name = "evgOrderCompletionService")
    DefaultOrderCompletionService completion;
    @Resource(name = "evgOrderRecoveryService")
    OrderRecoveryService recovery;
    @Resource(name = "evgOrderEventJob")
    org.evergreenloyalty.order.jobs.OrderEventJob orderEvents;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @AfterEach
    void noProbe() {
        completion.setProbe(null);
    }

    @Test
    void anOrderCommittedAsSubmittedBeforeItsBookingsIsBookedByTheSweepEvenAfterItsReservationTimedOut() throws Exception {
        Customer c = customerWith(2000);
        Order cart = cartWith(c, product("60.00"), 1);
        redemption.apply(c.getId(), cart.getId(), "1000");
        crashAt(CompletionProbe.START, cart, true);

        Order placed = reread(cart.getId());
        assertEquals(OrderStatus.SUBMITTED, placed.getStatus(), "the store committed the order before it died");
        assertTrue(!completion.isProcessed(cart.getId()), "but the module booked nothing");
        assertEquals(2000, ledger.balance(c.getId()).getAvailable());

        clock.advance(61 * 60 * 1000L);
        redemption.releaseExpired();
        assertEquals(1, sweep(), "the sweep books the order");
        assertEquals(0, sweep(), "once");

        assertBookedOnce(c, cart.getId(), 1000, 50);
        LedgerEntry redeem = ledger.findByEventKey("redeem:order:" + cart.getId());
        assertTrue(redeem.getReason().contains("interrupted"), "the history says why it came late: " + redeem.getReason());
        RecoveredOrder record = recovery.recoveredOrders(50).stream().filter(r -> r.getOrderId() == cart.getId())
                .findFirst().orElse(null);
        assertNotNull(record, "listed among the repaired orders");
        assertEquals(1000, record.getRedeemedPoints());
        assertEquals(50, record.getEarnedPoints());
    }

    @Test
    void aDiscountWhosePointsWereSpentMeanwhileIsStillChargedBelowZero() throws Exception {
        Customer c = customerWith(1000);
        Order cart = cartWith(c, product("60.00"), 1);
        redemption.apply(c.getId(), cart.getId(), "1000");
        crashAt(CompletionProbe.START, cart, true);
        clock.advance(61 * 60 * 1000L);
        redemption.releaseExpired();
        redemption.buyVoucher(c.getId(), 1000);
        assertEquals(0, ledger.balance(c.getId()).getAvailable());

        assertEquals(1, sweep());
        assertEquals(-1000, ledger.balance(c.getId()).getAvailable(), "the discount was given: its points are owed");
        LedgerInvariants.check(em, c.getId());
    }

    @ParameterizedTest
    @ValueSource(strings = {CompletionProbe.START, CompletionProbe.RECORDED, "before:PointsEarningListener",
            "after:PointsEarningListener", "after:AppliedOfferCodeListener"})
    void aCrashInsideTheBookingLeavesNothingHalfBookedAndTheOrderEventsJobBooksItOnce(String step) throws Exception {
        Customer c = customerWith(2000);
        Order cart = cartWith(c, product("60.00"), 1);
        redemption.apply(c.getId(), cart.getId(), "1000");
        long id = cart.getId();
        completion.setProbe((reached, order) -> {
            if (order.getOrderId() == id && reached.equals(step)) {
                throw new SimulatedCrash(step);
            }
        });
        Order placed = store.checkout(reread(id));
        completion.setProbe(null);

        assertEquals(OrderStatus.SUBMITTED, placed.getStatus(), "checkout is done: the booking follows its commit");
        assertTrue(!completion.isProcessed(id), "the failed booking was rolled back whole");
        assertEquals(2000, ledger.balance(c.getId()).getAvailable());
        assertEquals(0L, em.createQuery("select count(e) from LedgerEntry e where e.sourceType = 'order' and e.sourceId = :o",
                Long.class).setParameter("o", String.valueOf(id)).getSingleResult(), "nothing of the order is booked");

        clock.advance(3 * 60 * 1000L);
        orderEvents.run();
        assertEquals(0, sweep(), "the job booked it, the sweep finds nothing");
        orderEvents.run();
        assertBookedOnce(c, id, 1000, 50);
    }

    /**
     * Runs the checkout with a crash at {@code step}. With {@code orderCommitted} the store has committed the
     * SUBMITTED order first and the checkout thread then stops dead, as a killed JVM does (no rollback runs);
     * otherwise the crash throws inside the module's transaction, which then reaches the database not at all.
     */
    private void crashAt(String step, Order cart, boolean orderCommitted) throws Exception {
        long id = cart.getId();
        CountDownLatch dead = new CountDownLatch(1);
        completion.setProbe((reached, order) -> {
            if (order.getOrderId() == id && reached.equals(step)) {
                if (!orderCommitted) {
                    throw new SimulatedCrash(step);
                }
                new TransactionTemplate(txm).execute(s -> {
                    em.flush();
                    return null;
                });
                dead.countDown();
                while (true) {
                    LockSupport.park(this);
                }
            }
        });
        try {
            if (orderCommitted) {
                Thread checkout = new Thread(() -> {
                    BroadleafTestContext.bindRequest();
                    BroadleafTestContext.openRequestEntityManager();
                    try {
                        store.checkout(store.orders().findOrderById(id));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, "checkout-that-dies-" + id);
                checkout.setDaemon(true);
                checkout.start();
                assertTrue(dead.await(120, TimeUnit.SECONDS), "the checkout reached " + step);
            } else {
                store.checkout(reread(id));
            }
        } finally {
            completion.setProbe(null);
            // the JVM "died": nothing that was not committed survives
            BroadleafTestContext.closeRequestEntityManager();
            BroadleafTestContext.openRequestEntityManager();
        }
    }

    private int sweep() {
        new TransactionTemplate(txm).execute(s -> em.createNativeQuery("update EVG_INSTALLATION set SWEPT_UNTIL = null").executeUpdate());
        clock.advance(10 * 60 * 1000L);
        return recovery.sweep();
    }

    private Order reread(long orderId) {
        BroadleafTestContext.closeRequestEntityManager();
        BroadleafTestContext.openRequestEntityManager();
        return store.orders().findOrderById(orderId);
    }

    private void assertBookedOnce(Customer c, long orderId, long redeemed, long earned) {
        assertTrue(completion.isProcessed(orderId));
        LedgerEntry redeem = ledger.findByEventKey("redeem:order:" + orderId);
        assertNotNull(redeem, "the points discount has its REDEEM");
        assertEquals(EntryType.REDEEM, redeem.getType());
        assertEquals(-redeemed, redeem.getAvailableDelta());
        LedgerEntry earn = ledger.findByEventKey("earn:order:" + orderId);
        assertNotNull(earn, "the order earned");
        assertEquals(earned, earn.getEarnedDelta(), "60.00 less the 10.00 paid with points");
        List<Long> orderEntries = em.createQuery("select e.id from LedgerEntry e where e.sourceType = 'order' and e.sourceId = :o",
                Long.class).setParameter("o", String.valueOf(orderId)).getResultList();
        assertEquals(2, orderEntries.size(), "one REDEEM and one EARN, nothing twice");
        assertNull(redemption.quote(c.getId(), orderId).getApplied(), "no reservation stays active on a placed order");
        LedgerInvariants.check(em, c.getId());
    }
}
