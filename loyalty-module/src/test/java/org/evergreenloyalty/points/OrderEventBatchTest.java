package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.LedgerInvariants;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderEvent;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.NodeCaches;
import org.evergreenloyalty.test.OrderAssertions;
import org.evergreenloyalty.test.SqlCounter;
import org.evergreenloyalty.test.TestDatabase;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the order event worker books a batch, on real Broadleaf checkouts: the batch's orders read set-based equal each
 * order read alone and leave nothing in the persistence context; an order another worker booked meanwhile is not
 * booked again while the rest of its batch is; and what a batch of plain orders costs in statements per order.
 */
@BroadleafIntegrationTest
class OrderEventBatchTest extends OrderEventTestBase {

    /** The statements a plain order (new customer, 2 items) may cost the worker in a batch of 10, its batch's share included. */
    private static final double STATEMENTS_PER_ORDER = 4;

    @Autowired
    ApplicationContext context;

    @Test
    void aBatchReadSetBasedEqualsEachOrderReadAloneAndLeavesTheContextEmpty() throws Exception {
        List<Long> orders = placeOrders(3);
        TransactionTemplate tx = new TransactionTemplate(txm);
        List<CompletedOrder> alone = new ArrayList<CompletedOrder>();
        orders.forEach(id -> alone.add(tx.execute(status -> submittedOrders.load(id))));

        Object[] read = tx.execute(status -> {
            Map<Long, CompletedOrder> all = submittedOrders.loadAll(orders);
            return new Object[] {all, em.unwrap(Session.class).getStatistics().getEntityCount()};
        });
        @SuppressWarnings("unchecked")
        Map<Long, CompletedOrder> batch = (Map<Long, CompletedOrder>) read[0];
        assertEquals(0, read[1], "the orders read for the batch are detached again");
        assertEquals(orders.size(), batch.size());
        for (CompletedOrder expected : alone) {
            CompletedOrder got = batch.get(expected.getOrderId());
            assertNotNull(got, "order " + expected.getOrderId());
            // the batch read leaves the codes out: the worker takes them from the events
            OrderAssertions.assertSameOrder(expected.withAppliedCodes(java.util.Collections.<String>emptyList()), got);
        }
    }

    @Test
    void anOrderBookedMeanwhileIsNotBookedAgainAndTheRestOfItsBatchIs() throws Exception {
        List<Long> orders = placeOrders(3);
        long first = orders.get(0);
        // the recovery sweep (or another node) books the first order before the worker claims the batch
        assertTrue(completion.process(new TransactionTemplate(txm).execute(s -> submittedOrders.load(first))));

        assertEquals(2, worker.drain(), "the two others are booked by this worker");
        for (long id : orders) {
            assertTrue(completion.isProcessed(id));
            assertNull(event(id), "every event of the batch is deleted");
            Long earned = new TransactionTemplate(txm).execute(s -> em.createQuery(
                    "select count(e) from LedgerEntry e where e.eventKey = :k", Long.class)
                    .setParameter("k", "earn:order:" + id).getSingleResult());
            assertEquals(1L, earned.longValue(), "order " + id + " earned once");
        }
    }

    @Test
    void aBatchIsBookedWithAFixedHandfulOfStatementsWhateverItsSize() throws Exception {
        // both counts start from the same state: the kept copies (settings, tiers, milestones, webhook subscriptions)
        // are read by a first drain and stay fresh through both, whenever an earlier test last read them
        NodeCaches.keepFor(context, 3600);
        SqlCounter.Counts ten;
        SqlCounter.Counts twenty;
        try {
            drainCounted(1);
            ten = drainCounted(10);
            twenty = drainCounted(20);
        } finally {
            NodeCaches.keepFor(context, NodeCaches.DEFAULT_SECONDS);
        }
        double perOrder = ten.getStatements() / 10.0;
        assertTrue(perOrder <= STATEMENTS_PER_ORDER, perOrder + " statements an order: " + summary(ten.getPrepared()));
        // set-based: twice the orders, not more statements prepared (a JDBC batch is one, however many rows it
        // carries; the table generators may fetch an id block or two more)
        assertTrue(twenty.getPrepared().size() <= ten.getPrepared().size() + 2, "20 orders prepared " + twenty.getPrepared().size()
                + " statements, 10 prepared " + ten.getPrepared().size() + ":" + summary(twenty.getPrepared()));
    }

    @Test
    void theOrderCheckoutDescribedInItsEventEqualsTheOrderLoadedFromTheStore() throws Exception {
        List<Long> orders = placeOrders(2);
        Product discounted = product("12.50");
        Customer c = customerWith(1000);
        Order cart = cartWith(c, discounted, 3);
        redemption.apply(c.getId(), cart.getId(), "500");
        orders.add(store.checkout(store.orders().findOrderById(cart.getId())).getId());
        TransactionTemplate tx = new TransactionTemplate(txm);
        for (Long id : orders) {
            CompletedOrder loaded = tx.execute(status -> submittedOrders.load(id));
            OrderEvent e = event(id);
            CompletedOrder described = e.described();
            assertNotNull(described, "checkout described order " + id);
            OrderAssertions.assertSameOrder(loaded, e.enrich(described));
        }
    }

    @Test
    void anOrderCancelledBeforeTheWorkerCameIsSkippedNotBooked() throws Exception {
        List<Long> orders = placeOrders(2);
        Order cancelled = store.orders().findOrderById(orders.get(0));
        cancelled.setStatus(org.broadleafcommerce.core.order.service.type.OrderStatus.CANCELLED);
        store.orders().save(cancelled, false);

        assertEquals(1, worker.drain(), "only the order still placed is booked");
        assertNull(event(orders.get(0)), "the cancelled order's event is dropped");
        assertTrue(!completion.isProcessed(orders.get(0)), "the cancelled order earns nothing");
        assertNull(event(orders.get(1)), "the booked order's event is deleted");
        assertEquals(0, worker.drain(), "nothing is left to try again");
    }

    @Test
    void aMixedBatchBooksEachOrderAsItWouldBeBookedAlone() throws Exception {
        Product tea = product("15.00");
        Customer twice = store.customer();
        Customer redeemer = customerWith(1000);
        Order cart = cartWith(redeemer, product("40.00"), 1);
        redemption.apply(redeemer.getId(), cart.getId(), "500");
        Order redeemed = store.checkout(store.orders().findOrderById(cart.getId()));
        Order first = store.checkout(cartWith(twice, tea, 1));
        Order second = store.checkout(cartWith(twice, tea, 2));
        assertEquals(1000, ledger.balance(redeemer.getId()).getAvailable(), "held back: nothing booked yet");

        assertEquals(3, worker.drain(), "one batch: the redeeming order and one customer's two orders");
        assertEquals(45, ledger.balance(twice.getId()).getPending(), "15.00 and 30.00 earn 45 points");
        assertEquals(15, ledger.findByEventKey("earn:order:" + first.getId()).getPendingDelta());
        assertEquals(30, ledger.findByEventKey("earn:order:" + second.getId()).getPendingDelta());
        assertEquals(500, ledger.balance(redeemer.getId()).getAvailable(), "the reservation's 500 points are deducted");
        assertEquals(35, ledger.balance(redeemer.getId()).getPending(), "the 35.00 paid earns, the 5.00 paid with points does not");
        assertEquals(500, redemption.quote(redeemer.getId(), -1).getSpendable(), "the reservation is consumed, not held");
        List<OrderPoints> rows = new TransactionTemplate(txm).execute(s -> em.createQuery(
                "select o from OrderPoints o where o.orderId in (:ids) order by o.orderId", OrderPoints.class)
                .setParameter("ids", java.util.Arrays.asList(redeemed.getId(), first.getId(), second.getId())).getResultList());
        assertEquals(3, rows.size());
        assertEquals(500, rows.get(0).getRedeemed(), "the redeeming order's row says what it cost");
        assertEquals(35, rows.get(0).getEarned());
        assertEquals(0, rows.get(1).getRedeemed());
        LedgerInvariants.check(em, twice.getId());
        LedgerInvariants.check(em, redeemer.getId());
    }

    /** Places {@code n} plain orders, lets the worker book them and checks each booking; what the booking cost. */
    private SqlCounter.Counts drainCounted(int n) throws Exception {
        List<Long> orders = placeOrders(n);
        List<Long> customers = new TransactionTemplate(txm).execute(s -> em.createQuery(
                "select e.customerId from OrderEvent e where e.orderId in (:ids)", Long.class)
                .setParameter("ids", orders).getResultList());
        int[] booked = new int[1];
        SqlCounter.Counts counts = SqlCounter.count(() -> booked[0] = worker.drain());
        System.out.println("[" + TestDatabase.current() + "] the worker booked " + n + " plain orders with "
                + counts.getStatements() + " statements (" + (double) counts.getStatements() / n + " an order) and "
                + counts.getCommits() + " commits");
        assertEquals(n, booked[0]);
        // the claim, the booking, the empty claim that ends the drain, and at most one id block of a table generator
        assertTrue(counts.getCommits() <= 4, "one batch: claim, booking and at most two more; was " + counts.getCommits());
        customers.forEach(c -> {
            assertEquals(20, ledger.balance(c).getPending(), "20.00 earns 20 points");
            LedgerInvariants.check(em, c);
        });
        orders.forEach(id -> assertTrue(completion.isProcessed(id), "order " + id + " is booked"));
        return counts;
    }

    /** {@code n} orders of new customers (2 items, 20.00 in all), placed and held back from the worker. */
    private List<Long> placeOrders(int n) throws Exception {
        Product tea = product("15.00");
        Product mug = product("5.00");
        List<Long> orders = new ArrayList<Long>();
        for (int i = 0; i < n; i++) {
            Customer c = store.customer();
            Order cart = cartWith(c, tea, 1);
            store.add(cart, mug, 1);
            orders.add(store.checkout(cart).getId());
        }
        orders.forEach(id -> assertTrue(!completion.isProcessed(id), "held back: order " + id + " is not booked yet"));
        return orders;
    }

    /** Each statement's first words with how often it was prepared, most frequent first. */
    private static String summary(List<String> prepared) {
        Map<String, Long> counts = new java.util.TreeMap<String, Long>();
        prepared.forEach(sql -> counts.merge(sql.length() > 90 ? sql.substring(0, 90) : sql, 1L, Long::sum));
        StringBuilder b = new StringBuilder();
        counts.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue(), x.getValue()))
                .forEach(e -> b.append("\n  ").append(e.getValue()).append(" x ").append(e.getKey()));
        return b.toString();
    }
}
