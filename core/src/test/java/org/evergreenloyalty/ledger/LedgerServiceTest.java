package org.evergreenloyalty.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

@CoreTest
class LedgerServiceTest {

    @Resource(name = "evgLedgerService")
    LedgerService ledger;

    @Resource(name = "evgClock")
    AdjustableClock clock;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;

    private void checkInvariants(final long customerId) {
        new TransactionTemplate(txm).execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                LedgerInvariants.check(em, customerId);
                return null;
            }
        });
    }

    private PostingResult earn(long c, long points, String key) {
        return ledger.post(Posting.builder(c, EntryType.BONUS, key).available(points).earned(points).reason("test").build());
    }

    @Test
    void earningAndSpendingMoveBalancesInStepWithEntries() {
        long c = TestIds.customerId();
        earn(c, 500, TestIds.unique("bonus"));
        ledger.post(Posting.builder(c, EntryType.EARN, TestIds.unique("earn")).pending(200).earned(200).build());
        ledger.post(Posting.builder(c, EntryType.REDEEM, TestIds.unique("redeem")).available(-120).build());

        AccountBalance b = ledger.balance(c);
        assertEquals(380, b.getAvailable());
        assertEquals(200, b.getPending());
        assertEquals(700, b.getLifetimeEarned());
        assertEquals(700, b.getEarnedLast12Months());
        assertEquals(3, ledger.historySize(c));
        assertEquals(380, ledger.history(c, 0, 10).get(0).getAvailableAfter());
        checkInvariants(c);
    }

    @Test
    void earnedInTheLast12MonthsMeansTwelveCalendarMonthsAlsoOverA29February() {
        long c = TestIds.customerId();
        try {
            moveClockTo("2027-03-01T12:00:00Z");
            ledger.post(Posting.builder(c, EntryType.BONUS, TestIds.unique("bonus")).available(10).earned(10).build());
            moveClockTo("2028-03-01T11:00:00Z"); // an hour short of 12 months, but 366 days later (29 February 2028)
            assertEquals(10, ledger.balance(c).getEarnedLast12Months(), "earned within the last 12 months");
            moveClockTo("2028-03-01T13:00:00Z");
            assertEquals(0, ledger.balance(c).getEarnedLast12Months(), "12 months and an hour ago");
        } finally {
            clock.reset();
        }
    }

    private void moveClockTo(String isoInstant) {
        clock.advance(java.time.Instant.parse(isoInstant).toEpochMilli() - clock.now().getTime());
    }

    @Test
    void theSameEventIsRecordedOnce() {
        long c = TestIds.customerId();
        String key = TestIds.unique("earn:order");
        PostingResult first = earn(c, 100, key);
        PostingResult second = earn(c, 100, key);
        assertTrue(first.isRecorded());
        assertFalse(second.isRecorded());
        assertEquals(first.getEntry().getId(), second.getEntry().getId());
        assertEquals(100, ledger.balance(c).getAvailable());
        assertEquals(1, ledger.historySize(c));
    }

    @Test
    void theDatabaseRefusesADuplicateEventKeyEvenWithoutTheLookup() {
        final long c = TestIds.customerId();
        final String key = TestIds.unique("dup");
        earn(c, 10, key);
        assertThrows(RuntimeException.class, () -> new TransactionTemplate(txm).execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                Posting p = Posting.builder(c, EntryType.BONUS, key).available(10).earned(10).build();
                em.persist(new LedgerEntry(p, 20, clock.now()));
                em.flush();
                return null;
            }
        }));
        assertEquals(1, ledger.historySize(c));
    }

    @Test
    void overspendingIsRefusedAndChangesNothing() {
        long c = TestIds.customerId();
        earn(c, 50, TestIds.unique("bonus"));
        InsufficientPointsException e = assertThrows(InsufficientPointsException.class, () ->
                ledger.post(Posting.builder(c, EntryType.REDEEM, TestIds.unique("redeem")).available(-51).build()));
        assertEquals(50, e.getAvailable());
        assertEquals(50, ledger.balance(c).getAvailable());
        assertEquals(1, ledger.historySize(c));
        checkInvariants(c);
    }

    @Test
    void malformedPostingsAreRejectedWithAClearMessage() {
        IllegalArgumentException noReason = assertThrows(IllegalArgumentException.class, () ->
                Posting.builder(TestIds.customerId(), EntryType.ADJUST, "adj").available(5).build());
        assertTrue(noReason.getMessage().contains("reason"));
        assertThrows(IllegalArgumentException.class, () -> Posting.builder(1, EntryType.BONUS, " ").available(5).build());
        assertThrows(IllegalArgumentException.class, () -> Posting.builder(1, EntryType.BONUS, "k").build());
        assertThrows(IllegalArgumentException.class, () -> Posting.builder(0, EntryType.BONUS, "k").available(1).build());
        long c = TestIds.customerId();
        assertThrows(LedgerException.class, () ->
                ledger.post(Posting.builder(c, EntryType.REVERSE, TestIds.unique("rev")).pending(-5).build()));
        assertEquals(0, ledger.historySize(c));
    }

    @Test
    void reversingSpentPointsLeavesADebtThatLaterEarningsRepay() {
        long c = TestIds.customerId();
        earn(c, 100, TestIds.unique("earn"));
        ledger.post(Posting.builder(c, EntryType.REDEEM, TestIds.unique("redeem")).available(-100).build());
        ledger.post(Posting.builder(c, EntryType.REVERSE, TestIds.unique("rev")).available(-100).earned(-100)
                .allowNegative(true).build());
        assertEquals(-100, ledger.balance(c).getAvailable());
        checkInvariants(c);
        earn(c, 150, TestIds.unique("earn"));
        assertEquals(50, ledger.balance(c).getAvailable());
        assertEquals(50, ledger.openLots(c).get(0).getRemainingPoints());
        checkInvariants(c);
    }

    @Test
    void spendingAndExpiryConsumeTheOldestLotFirst() {
        long c = TestIds.customerId();
        earn(c, 100, TestIds.unique("a"));
        earn(c, 200, TestIds.unique("b"));
        ledger.post(Posting.builder(c, EntryType.REDEEM, TestIds.unique("redeem")).available(-150).build());
        List<PointLot> lots = ledger.openLots(c);
        assertEquals(1, lots.size());
        assertEquals(150, lots.get(0).getRemainingPoints());
        assertEquals(200, lots.get(0).getOriginalPoints());
        LedgerEntry expired = ledger.expireLot(lots.get(0).getId(), "expired", clock.now());
        assertNotNull(expired);
        assertEquals(EntryType.EXPIRE, expired.getType());
        assertEquals(-150, expired.getAvailableDelta());
        assertEquals(0, ledger.balance(c).getAvailable());
        assertEquals(null, ledger.expireLot(lots.get(0).getId(), "again", clock.now()), "an empty lot expires nothing");
        checkInvariants(c);
    }

    @Test
    void eightThreadsRedeemingOnOneAccountNeverOverspend() throws Exception {
        final long c = TestIds.customerId();
        earn(c, 1000, TestIds.unique("seed"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<Future<Boolean>>();
        for (int i = 0; i < 40; i++) {
            final String key = "concurrent-redeem:" + c + ":" + i;
            results.add(pool.submit(new Callable<Boolean>() {
                @Override
                public Boolean call() throws Exception {
                    start.await();
                    try {
                        ledger.post(Posting.builder(c, EntryType.REDEEM, key).available(-70).build());
                        return true;
                    } catch (InsufficientPointsException e) {
                        return false;
                    }
                }
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> f : results) {
            if (f.get(120, TimeUnit.SECONDS)) {
                succeeded++;
            }
        }
        pool.shutdown();
        assertEquals(14, succeeded, "1000 points pay for exactly 14 redemptions of 70");
        assertEquals(1000 - 14 * 70, ledger.balance(c).getAvailable());
        assertEquals(15, ledger.historySize(c));
        checkInvariants(c);
    }

    @Test
    void theSameEventDeliveredConcurrentlyIsRecordedOnce() throws Exception {
        final long c = TestIds.customerId();
        final String key = TestIds.unique("earn:order:race");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<PostingResult>> results = new ArrayList<Future<PostingResult>>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(new Callable<PostingResult>() {
                @Override
                public PostingResult call() throws Exception {
                    start.await();
                    return earn(c, 25, key);
                }
            }));
        }
        start.countDown();
        int recorded = 0;
        for (Future<PostingResult> f : results) {
            if (f.get(120, TimeUnit.SECONDS).isRecorded()) {
                recorded++;
            }
        }
        pool.shutdown();
        assertEquals(1, recorded);
        assertEquals(25, ledger.balance(c).getAvailable());
        assertEquals(1, ledger.historySize(c));
    }
}
