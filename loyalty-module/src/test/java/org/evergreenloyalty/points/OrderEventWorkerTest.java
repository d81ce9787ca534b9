package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.LedgerInvariants;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.CompletionProbe;
import org.evergreenloyalty.order.OrderEvent;
import org.evergreenloyalty.order.jobs.OrderEventJob;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.OtherWorker;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The order event worker books each placed order exactly once after checkout: two workers racing over the same
 * events, a batch read set-based booking what each order read alone books, a worker that died after its claim (the
 * job takes over after the lease), one order whose booking fails
 * (the others are booked, it is retried after a backoff), the account page before any worker ran, and a
 * points reservation that outlives its time-out while its order waits.
 */
@BroadleafIntegrationTest
class OrderEventWorkerTest extends OrderEventTestBase {

    @Resource(name = "evgOrderEventJob")
    OrderEventJob job;

    @Resource(name = "evgOrderPointsRepository")
    OrderPointsRepository orderPoints;

    @Test
    void twoWorkersRacingOverTheSameEventsBookEachOrderOnce() throws Exception {
        List<Customer> customers = new ArrayList<Customer>();
        List<Long> orders = new ArrayList<Long>();
        for (int i = 0; i < 6; i++) {
            Customer c = store.customer();
            customers.add(c);
            orders.add(store.checkout(cartWith(c, product("40.00"), 1)).getId());
        }
        orders.forEach(id -> assertFalse(completion.isProcessed(id), "held back: not booked yet"));

        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> drain = () -> {
            start.await();
            return worker.drain();
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = two.submit(drain);
            Future<Integer> b = two.submit(drain);
            start.countDown();
            assertEquals(6, a.get(120, TimeUnit.SECONDS) + b.get(120, TimeUnit.SECONDS), "six orders booked in all");
        } finally {
            two.shutdownNow();
        }
        assertEquals(0, worker.drain(), "nothing left");
        for (int i = 0; i < 6; i++) {
            assertTrue(completion.isProcessed(orders.get(i)));
            assertNull(event(orders.get(i)), "a booked order's event is deleted");
            assertEquals(40, ledger.balance(customers.get(i).getId()).getPending(), "40.00 earns 40 points, once");
            assertEquals(1L, em.createQuery("select count(e) from LedgerEntry e where e.eventKey = :k", Long.class)
                    .setParameter("k", "earn:order:" + orders.get(i)).getSingleResult());
            LedgerInvariants.check(em, customers.get(i).getId());
        }
    }

    @Test
    void aBatchReadSetBasedBooksTheSameLinesAsEachOrderReadAlone() throws Exception {
        Product tea = product("19.99");
        Product mug = product("5.00");
        List<Long> orders = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            Order cart = cartWith(store.customer(), tea, 2 + i);
            store.add(cart, mug, 1);
            orders.add(store.checkout(cart).getId());
        }
        TransactionTemplate tx = new TransactionTemplate(txm);
        List<CompletedOrder> alone = new ArrayList<CompletedOrder>();
        orders.forEach(id -> alone.add(tx.execute(status -> submittedOrders.load(id)))); // refreshed one by one

        assertEquals(3, worker.drain(), "the three orders booked in one batch");
        for (CompletedOrder expected : alone) {
            List<OrderPointsLine> booked = tx.execute(status -> orderPoints.lines(expected.getOrderId()));
            assertEquals(2, expected.getLines().size());
            assertEquals(expected.getLines().size(), booked.size(), "one line per item");
            for (CompletedOrder.Line line : expected.getLines()) {
                OrderPointsLine b = booked.stream().filter(l -> l.getOrderItemId() == line.getOrderItemId()).findFirst().orElse(null);
                assertNotNull(b, "item " + line.getOrderItemId() + " booked");
                assertEquals(0, line.getAmount().compareTo(b.getAmount()), "the amount of item " + line.getOrderItemId());
                assertEquals(line.getQuantity(), b.getQuantity());
                assertEquals(line.getProductId(), b.getProductId());
            }
        }
    }

    @Test
    void aGatheringDrainEndsAfterABatchThatWasNotFullAndLeavesLaterEventsToTheNextDrain() throws Exception {
        long first = store.checkout(cartWith(store.customer(), product("10.00"), 1)).getId();
        long later = store.checkout(cartWith(store.customer(), product("20.00"), 1)).getId();
        Date now = clock.now();
        TransactionTemplate own = new TransactionTemplate(txm);
        own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertEquals(1, (int) own.execute(s -> events.claim(java.util.Collections.singletonList(later), "another-worker", now,
                new Date(now.getTime() + 5 * 60 * 1000L))), "the later event is not due yet");
        completion.setProbe((step, order) -> {
            if (CompletionProbe.START.equals(step) && order.getOrderId() == first) {
                // while the first batch is booked, the later event becomes due (as an order placed meanwhile does)
                own.execute(s -> em.createQuery("update OrderEvent e set e.claimToken = null, e.claimedUntil = null "
                        + "where e.orderId = :o").setParameter("o", later).executeUpdate());
            }
        });

        assertEquals(1, worker.drainGathered(), "the batch of one was not full: the drain ends there");
        assertTrue(completion.isProcessed(first));
        assertFalse(completion.isProcessed(later), "left to the next drain (its wake-up queued one)");
        completion.setProbe(null);
        assertEquals(1, worker.drainGathered(), "the next drain books it");
        assertTrue(completion.isProcessed(later));
    }

    @Test
    void anEventAWorkerClaimedBeforeItDiedIsBookedByTheJobOnceTheLeaseRanOut() throws Exception {
        Customer c = store.customer();
        long id = store.checkout(cartWith(c, product("30.00"), 1)).getId();
        Date now = clock.now();
        int claimed = new TransactionTemplate(txm).execute(s -> events.claim(java.util.Collections.singletonList(id),
                "worker-that-died", now, new Date(now.getTime() + 5 * 60 * 1000L)));
        assertEquals(1, claimed, "a worker claimed the event, then its node died");

        job.run();
        assertFalse(completion.isProcessed(id), "the claim holds for its lease");
        clock.advance(6 * 60 * 1000L);
        job.run();
        assertTrue(completion.isProcessed(id), "the job booked it after the lease");
        assertNull(event(id), "a booked order's event is deleted");
        assertEquals(30, ledger.balance(c.getId()).getPending());
        job.run();
        assertEquals(30, ledger.balance(c.getId()).getPending(), "once");
    }

    @Test
    void anOrderWhoseBookingFailsDoesNotHoldUpTheOthersAndIsRetriedLater() throws Exception {
        List<Long> orders = new ArrayList<Long>();
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 3; i++) {
            Customer c = store.customer();
            customers.add(c);
            orders.add(store.checkout(cartWith(c, product("25.00"), 1)).getId());
        }
        long bad = orders.get(1);
        completion.setProbe((step, order) -> {
            if (order.getOrderId() == bad && step.equals("before:PointsEarningListener")) {
                throw new IllegalStateException("listener broken for order " + bad);
            }
        });

        assertEquals(2, worker.drain(), "the two good orders are booked");
        assertTrue(completion.isProcessed(orders.get(0)));
        assertTrue(completion.isProcessed(orders.get(2)));
        assertFalse(completion.isProcessed(bad));
        OrderEvent failed = event(bad);
        assertEquals(OrderEvent.Status.PENDING, failed.getStatus(), "the failed one waits");
        assertNotNull(failed.getLastError());
        assertTrue(failed.getLastError().contains("listener broken"), failed.getLastError());
        assertEquals(0, ledger.balance(customers.get(1).getId()).getPending(), "and nothing of it was booked");

        completion.setProbe(null);
        assertEquals(0, worker.drain(), "not before its backoff");
        clock.advance(3 * 60 * 1000L);
        assertEquals(1, worker.drain(), "retried after the backoff");
        assertEquals(25, ledger.balance(customers.get(1).getId()).getPending());
        assertNull(event(bad), "booked at last, its event is deleted");
    }

    @Test
    void theAccountPageShowsAnOrdersPendingPointsBeforeAnyWorkerRan() throws Exception {
        Customer c = customerWith(500);
        long id = store.checkout(cartWith(c, product("70.00"), 1)).getId();
        assertEquals(1, heldBack.size(), "the worker was woken, and held back");
        assertFalse(completion.isProcessed(id));
        assertEquals(0, ledger.balance(c.getId()).getPending());

        AccountSummary page = accounts.summary(c.getId());
        assertEquals(70, page.getBalance().getPending(), "the page booked the customer's order before reading");
        assertEquals(0, page.getOrdersBeingBooked());
        assertTrue(completion.isProcessed(id));

        heldBack.forEach(Runnable::run);
        assertEquals(70, ledger.balance(c.getId()).getPending(), "the worker coming later books nothing twice");
        assertNull(event(id), "a booked order's event is deleted");
    }

    @Test
    void theAccountPageSaysWhenAnotherWorkerIsStillBookingAnOrder() throws Exception {
        Customer c = customerWith(500);
        long id = placedAndClaimedBy(c, "20.00", OtherWorker.of(BroadleafTestContext.get(), "busy-worker"));

        AccountSummary page = accounts.summary(c.getId());
        assertEquals(1, page.getOrdersBeingBooked(), "labelled as being booked");
        assertEquals(0, page.getBalance().getPending());
        assertFalse(completion.isProcessed(id), "left to the worker that holds it");
    }

    @Test
    void theAccountPageShowsTheOrderThatAnotherWorkerIsBookingAsItIsShown() throws Exception {
        Customer c = customerWith(500);
        OtherWorker other = OtherWorker.of(BroadleafTestContext.get(), "other-worker");
        long id = placedAndClaimedBy(c, "30.00", other);
        CompletedOrder order = other.load(id);

        // the other worker books the order and deletes its event while the page is being read (before the page's
        // settle, or while it waits for that worker: either way the page shows the order booked)
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> booking = thread.submit(() -> other.book(order));
            AccountSummary page = accounts.summary(c.getId());
            booking.get(60, TimeUnit.SECONDS);
            assertEquals(30, page.getBalance().getPending(), "the page shows the order the other worker booked");
            assertEquals(0, page.getOrdersBeingBooked());
        } finally {
            thread.shutdownNow();
        }
    }

    /** Places an order of {@code c} for {@code price} and has {@code other} claim its event. */
    private long placedAndClaimedBy(Customer c, String price, OtherWorker other) throws Exception {
        long id = store.checkout(cartWith(c, product(price), 1)).getId();
        assertTrue(other.claim(id), "the other worker holds the order");
        return id;
    }

    @Test
    void aReservationOfAPlacedCartOutlivesItsTimeOutUntilTheWorkerBooksTheOrder() throws Exception {
        Customer c = customerWith(2000);
        Order cart = cartWith(c, product("60.00"), 1);
        redemption.apply(c.getId(), cart.getId(), "1000");
        long id = store.checkout(cart).getId();
        assertEquals(2000, ledger.balance(c.getId()).getAvailable(), "nothing booked yet");
        assertEquals(1000, redemption.quote(c.getId(), -1L).getAvailable() - redemption.quote(c.getId(), -1L).getSpendable(),
                "the reservation still holds the points");

        clock.advance(61 * 60 * 1000L);
        redemption.releaseExpired();
        assertEquals(ReservationStatus.ACTIVE, reservationOf(id), "timed out, but not released while its order waits");
        BroadleafTestContext.closeRequestEntityManager();
        BroadleafTestContext.openRequestEntityManager();

        heldBack.forEach(Runnable::run);
        assertTrue(completion.isProcessed(id));
        assertEquals(1000, ledger.balance(c.getId()).getAvailable(), "the REDEEM took the reserved 1000 points");
        assertNotNull(ledger.findByEventKey("redeem:order:" + id));
        assertEquals(ReservationStatus.CONSUMED, reservationOf(id), "and the reservation is consumed");
        LedgerInvariants.check(em, c.getId());
    }

    private ReservationStatus reservationOf(long cartId) {
        return new TransactionTemplate(txm).execute(s -> em.createQuery("select r.status from PointsReservation r "
                + "where r.cartId = :c", ReservationStatus.class).setParameter("c", cartId).getSingleResult());
    }
}
