package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.AccountBalance;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.PointLot;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The paged, batched points jobs give exactly the ledger, balances and lots that posting row by row gives, on
 * the same fixture (two copies of it: one matured/expired one by one, one by the job), also when the job is
 * stopped after a page and resumed, and a page run again changes nothing.
 */
@BroadleafIntegrationTest
class PointsJobsBatchTest {

    private static final long HOUR = 60L * 60 * 1000;
    private static final long DAY = 24 * HOUR;
    private static final int CUSTOMERS = 12;

    @Resource(name = "evgPointsMaturationService")
    PointsMaturationService maturation;
    @Resource(name = "evgPointsExpiryService")
    PointsExpiryService expiry;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService settingsService;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private PointsSettings original;

    @BeforeEach
    void knownSettings() {
        original = KnownPointsSettings.apply(settingsService);
        clock.reset();
    }

    @AfterEach
    void restore() {
        maturation.setPageSize(PointsMaturationService.DEFAULT_PAGE);
        expiry.setPageSize(PointsExpiryService.DEFAULT_PAGE);
        clock.reset();
        settingsService.save(original);
    }

    @Test
    void batchedMaturationPostsWhatOneByOnePostsAlsoWhenStoppedAndResumed() {
        List<Long> oneByOne = maturationFixture();
        for (long orderId : dueOrderIdsOf(oneByOne)) {
            maturation.mature(orderId);
        }
        maturation.matureDue(); // what other tests left due, so the pages below hold this test's orders
        List<Long> batched = maturationFixture();
        maturation.setPageSize(7);
        AtomicInteger pages = new AtomicInteger();
        maturation.matureDue(() -> pages.getAndIncrement() >= 1); // one page, then stop
        long maturedAfterStop = dueOrderIdsOf(batched).stream().filter(this::isMatured).count();
        assertEquals(7, maturedAfterStop, "one page of 7 orders, then the stop");
        maturation.matureDue();

        assertSameLedgers(oneByOne, batched);
        assertTrue(dueOrderIdsOf(batched).stream().allMatch(this::isMatured));
        assertTrue(orderIdsOf(batched).size() > dueOrderIdsOf(batched).size(), "the fixture has orders not due or cancelled");
    }

    @Test
    void aMaturationPageRunAgainChangesNothing() {
        List<Long> customers = maturationFixture();
        maturation.matureDue();
        List<String> before = snapshot(customers);
        // as if the page's markers had not been written: the page finds the pending points gone and rolls back, and the
        // orders one by one find their earlier entries, so the rerun is a no-op
        new TransactionTemplate(txm).execute(s -> em.createQuery("update OrderPoints o set o.matured = false "
                + "where o.customerId in :c and o.cancelled = false").setParameter("c", customers).executeUpdate());
        maturation.matureDue();
        assertEquals(before, snapshot(customers));
        assertTrue(dueOrderIdsOf(customers).stream().allMatch(this::isMatured));
    }

    @Test
    void aMaturedOrderMarkedUnmaturedAgainIsRefusedByTheEventKeyNotPostedTwice() {
        long c = TestIds.customerId();
        long done = pendingOrder(c, 120, clock.now());
        maturation.matureDue();
        // points pending from a later order cover the first one's again, so only the unique event key can refuse the page
        long later = pendingOrder(c, 300, new Date(clock.now().getTime() + DAY));
        String before = snapshot(c);
        new TransactionTemplate(txm).execute(s -> em.createQuery("update OrderPoints o set o.matured = false where o.orderId = :id")
                .setParameter("id", done).executeUpdate());

        assertEquals(0, maturation.matureDue(), "nothing newly matured");
        assertEquals(before, snapshot(c));
        assertEquals(1, countEntries(c, EntryType.MATURE));
        assertTrue(isMatured(done), "the order one by one found its entry and is marked again");
        assertFalse(isMatured(later), "the later order still waits");
        assertEquals(300, ledger.balance(c).getPending());
    }

    @Test
    void batchedExpiryPostsWhatOneByOnePostsAlsoWhenStoppedAndResumed() {
        List<Long> oneByOne = expiryFixture();
        Date now = clock.now();
        for (PointLot lot : ledger.lotsExpiringBefore(now, 10_000)) { // earliest expiry first, as the job did before
            if (oneByOne.contains(lot.getCustomerId())) {
                ledger.expireLot(lot.getId(), "Points expired", now);
            }
        }
        expiry.expireDue(); // what other tests left due, so the pages below hold this test's lots
        List<Long> batched = expiryFixture();
        expiry.setPageSize(5);
        AtomicInteger pages = new AtomicInteger();
        expiry.expireDue(() -> pages.getAndIncrement() >= 1);
        long expiredAfterStop = batched.stream().mapToLong(c -> countEntries(c, EntryType.EXPIRE)).sum();
        assertEquals(5, expiredAfterStop, "one page of 5 lots, then the stop");
        expiry.expireDue();
        expiry.expireDue(); // nothing left: a rerun is a no-op

        assertSameLedgers(oneByOne, batched);
        for (long c : batched) {
            assertEquals(2, countEntries(c, EntryType.EXPIRE), "each customer's two past-due lots expired once");
        }
    }

    // ---------------------------------------------------------------- fixtures

    /**
     * Customers with one to three pending orders each, due an hour ago; some with a debt to repay first,
     * one order partly reversed, one cancelled, one not due yet.
     */
    private List<Long> maturationFixture() {
        List<Long> customers = new ArrayList<Long>();
        Date now = clock.now();
        for (int i = 0; i < CUSTOMERS; i++) {
            long c = TestIds.customerId();
            customers.add(c);
            if (i % 4 == 1) {
                ledger.post(Posting.builder(c, EntryType.ADJUST, TestIds.unique("debt")).available(-40).allowNegative(true)
                        .reason("test debt").build());
            }
            for (int j = 0; j <= i % 3; j++) {
                long orderId = TestIds.customerId();
                long earned = 100 + 10 * i + j;
                ledger.post(Posting.builder(c, EntryType.EARN, "earn:order:" + orderId).pending(earned).earned(earned)
                        .source("order", orderId).reason("test order").build());
                final int kind = (i * 3 + j) % 7;
                new TransactionTemplate(txm).execute(s -> {
                    OrderPoints op = new OrderPoints(orderId, "T" + orderId, c, BigDecimal.valueOf(earned), earned, 0,
                            new Date(now.getTime() - 31 * DAY), new Date(now.getTime() - (kind == 6 ? -DAY : HOUR)), false);
                    if (kind == 3) {
                        op.addEarnReversed(30);
                    }
                    if (kind == 5) {
                        op.markCancelled();
                    }
                    em.persist(op);
                    return null;
                });
                if (kind == 3) {
                    ledger.post(Posting.builder(c, EntryType.REVERSE, "reverse:" + orderId).pending(-30).earned(-30)
                            .reason("test partial return").build());
                }
            }
        }
        return customers;
    }

    /** An order of {@code customerId} with {@code points} pending until {@code matureAt}; returns its id. */
    private long pendingOrder(long customerId, long points, Date matureAt) {
        long orderId = TestIds.customerId();
        ledger.post(Posting.builder(customerId, EntryType.EARN, "earn:order:" + orderId).pending(points).earned(points)
                .source("order", orderId).reason("test order").build());
        new TransactionTemplate(txm).execute(s -> {
            em.persist(new OrderPoints(orderId, "T" + orderId, customerId, BigDecimal.valueOf(points), points, 0,
                    new Date(matureAt.getTime() - 30 * DAY), matureAt, false));
            return null;
        });
        return orderId;
    }

    /** Customers with three lots each: two past their expiry (one partly spent), one not. */
    private List<Long> expiryFixture() {
        List<Long> customers = new ArrayList<Long>();
        Date now = clock.now();
        for (int i = 0; i < CUSTOMERS; i++) {
            long c = TestIds.customerId();
            customers.add(c);
            for (int j = 0; j < 3; j++) {
                Date expires = new Date(now.getTime() + (j == 2 ? 30 * DAY : -(i + j + 1) * HOUR));
                ledger.post(Posting.builder(c, EntryType.BONUS, TestIds.unique("lot")).available(50 + i + 10 * j)
                        .earned(50 + i + 10 * j).lotExpiresAt(expires).reason("test lot").build());
            }
            ledger.post(Posting.builder(c, EntryType.REDEEM, TestIds.unique("spend")).available(-(20 + i)).reason("test spend").build());
        }
        return customers;
    }

    // ---------------------------------------------------------------- comparison

    private void assertSameLedgers(List<Long> expected, List<Long> actual) {
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(snapshot(expected.get(i)), snapshot(actual.get(i)), "customer #" + i);
        }
    }

    private List<String> snapshot(List<Long> customers) {
        List<String> all = new ArrayList<String>();
        for (long c : customers) {
            all.add(snapshot(c));
        }
        return all;
    }

    /** Balances, entries and lots of a customer without ids, so two copies of a fixture compare equal. */
    private String snapshot(long customerId) {
        StringBuilder b = new StringBuilder();
        AccountBalance a = ledger.balance(customerId);
        b.append("available=").append(a.getAvailable()).append(" pending=").append(a.getPending())
                .append(" lifetime=").append(a.getLifetimeEarned()).append('\n');
        List<LedgerEntry> entries = new ArrayList<LedgerEntry>(ledger.history(customerId, 0, 1000));
        entries.sort((x, y) -> Long.compare(x.getId(), y.getId()));
        for (LedgerEntry e : entries) {
            b.append(e.getType()).append(' ').append(e.getAvailableDelta()).append('/').append(e.getPendingDelta()).append('/')
                    .append(e.getEarnedDelta()).append(" after=").append(e.getAvailableAfter())
                    .append(' ').append(e.getEventKey().replaceAll("[0-9]+", "#")).append('\n');
        }
        List<PointLot> lots = new TransactionTemplate(txm).execute(s -> em.createQuery(
                "select l from PointLot l where l.customerId = :c order by l.id", PointLot.class).setParameter("c", customerId).getResultList());
        for (PointLot l : lots) {
            b.append("lot ").append(l.getOriginalPoints()).append('>').append(l.getRemainingPoints())
                    .append(l.getExpiresAt() == null ? " never" : " expires").append('\n');
        }
        return b.toString();
    }

    private List<Long> orderIdsOf(List<Long> customers) {
        return new TransactionTemplate(txm).execute(s -> em.createQuery(
                "select o.orderId from OrderPoints o where o.customerId in :c order by o.orderId", Long.class)
                .setParameter("c", customers).getResultList());
    }

    /** Orders of {@code customers} due now and not cancelled. */
    private List<Long> dueOrderIdsOf(List<Long> customers) {
        Date now = clock.now();
        return new TransactionTemplate(txm).execute(s -> em.createQuery(
                "select o.orderId from OrderPoints o where o.customerId in :c and o.cancelled = false and o.matureAt <= :now "
                        + "order by o.orderId", Long.class)
                .setParameter("c", customers).setParameter("now", now).getResultList());
    }

    private boolean isMatured(long orderId) {
        return new TransactionTemplate(txm).execute(s -> em.createQuery("select o.matured from OrderPoints o where o.orderId = :id",
                Boolean.class).setParameter("id", orderId).getSingleResult());
    }

    private boolean isCancelled(long orderId) {
        return new TransactionTemplate(txm).execute(s -> em.find(OrderPoints.class, orderId).isCancelled());
    }

    private long countEntries(long customerId, EntryType type) {
        return ledger.history(customerId, 0, 1000).stream().filter(e -> e.getType() == type).count();
    }
}
