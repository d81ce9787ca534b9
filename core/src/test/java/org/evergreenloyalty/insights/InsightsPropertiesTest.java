package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.InsufficientPointsException;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.PointLot;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.CoreTestContext;
import org.evergreenloyalty.test.TestIds;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Random ledgers (every entry type, on random days and times of a 20-day window of their own in the 2190s): the
 * daily roll-forward chains (each day opens with the closing of the day before), its movements are exactly what was
 * posted, closing = opening + movements, and the closing balance at the end of all time equals the sum of all
 * account balances (available and pending), in a zone with a daylight-saving change.
 */
@Tag("core")
class InsightsPropertiesTest {

    private static final AtomicInteger WINDOW = new AtomicInteger();
    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    enum Kind { EARN_PENDING, MATURE, BONUS, REDEEM, REVERSE, EXPIRE, ADJUST }

    static final class Op {
        final Kind kind;
        final int points;
        final int minute;

        Op(Kind kind, int points, int minute) {
            this.kind = kind;
            this.points = points;
            this.minute = minute;
        }

        @Override
        public String toString() {
            return kind + "(" + points + "@" + minute + ")";
        }
    }

    @Provide
    Arbitrary<List<Op>> ledgers() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(1, 300),
                Arbitraries.integers().between(0, 20 * 24 * 60 - 1)).as(Op::new).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 40)
    void theRollForwardIsExactlyTheLedger(@ForAll("ledgers") List<Op> ops) {
        ApplicationContext ctx = CoreTestContext.get();
        LedgerService ledger = ctx.getBean("evgLedgerService", LedgerService.class);
        InsightsService insights = ctx.getBean("evgInsightsService", InsightsService.class);
        InsightsRepository repository = ctx.getBean("evgInsightsRepository", InsightsRepository.class);
        AdjustableClock clock = CoreTestContext.clock();
        LocalDate first = LocalDate.of(2190, 3, 1).plusDays(30L * WINDOW.getAndIncrement());
        ReportPeriod window = ReportPeriod.of(first, first.plusDays(19), ZONE);
        long windowStart = window.start().getTime();
        // 20 days of this zone may be an hour shorter or longer than 20 x 24 hours
        long windowMinutes = (window.end().getTime() - windowStart) / 60_000L;
        long c = TestIds.customerId();
        List<Op> sorted = new ArrayList<Op>(ops);
        sorted.sort(Comparator.comparingInt(o -> o.minute));
        Movements expected = new Movements();
        long pending = 0;
        try {
            for (Op op : sorted) {
                clock.advance(windowStart + (op.minute % windowMinutes) * 60_000L - clock.now().getTime());
                pending = post(ledger, c, op, pending, expected, clock);
            }
        } finally {
            clock.reset();
        }

        PointsAccounting acc = insights.accounting(window, Granularity.DAY);
        Movements sum = new Movements();
        for (int i = 0; i < acc.getRows().size(); i++) {
            RollForwardRow r = acc.getRows().get(i);
            assertEquals(r.getOpening() + r.getEarned() + r.getBonus() - r.getRedeemed() + r.getReversed() - r.getExpired()
                    + r.getAdjusted(), r.getClosing(), "closing = opening + movements");
            if (i > 0) {
                assertEquals(acc.getRows().get(i - 1).getClosing(), r.getOpening());
                assertEquals(acc.getRows().get(i - 1).getPendingClosing(), r.getPendingOpening());
            }
            sum = sum.plus(r.getMovements());
        }
        for (EntryType t : EntryType.values()) {
            assertEquals(expected.available(t), sum.available(t), "available " + t + " of " + sorted);
            assertEquals(expected.pending(t), sum.pending(t), "pending " + t + " of " + sorted);
        }
        assertEquals(acc.getTotal().getOpening() + expected.availableTotal(), acc.getTotal().getClosing());

        PointsAccounting toTheEnd = insights.accounting(ReportPeriod.of(first, LocalDate.of(2199, 12, 31), ZONE),
                Granularity.MONTH);
        long[] accounts = new TransactionTemplate(ctx.getBean("blTransactionManager", PlatformTransactionManager.class))
                .execute(status -> repository.accountTotals());
        assertEquals(accounts[0], toTheEnd.getTotal().getClosing(), "closing = the sum of all available balances");
        assertEquals(accounts[1], toTheEnd.getTotal().getPendingClosing(), "pending closing = the sum of all pending balances");
    }

    /** Posts {@code op} if the ledger allows it, adding what it moved to {@code expected}; returns the pending balance. */
    private static long post(LedgerService ledger, long c, Op op, long pending, Movements expected, AdjustableClock clock) {
        String key = TestIds.unique("prop-insights");
        switch (op.kind) {
            case EARN_PENDING:
                ledger.post(Posting.builder(c, EntryType.EARN, key).pending(op.points).earned(op.points).build());
                expected.add(EntryType.EARN, 0, op.points);
                return pending + op.points;
            case MATURE:
                long batch = Math.min(pending, op.points);
                if (batch > 0) {
                    ledger.post(Posting.builder(c, EntryType.MATURE, key).pending(-batch).available(batch).build());
                    expected.add(EntryType.MATURE, batch, -batch);
                }
                return pending - batch;
            case BONUS:
                ledger.post(Posting.builder(c, EntryType.BONUS, key).available(op.points).earned(op.points).build());
                expected.add(EntryType.BONUS, op.points, 0);
                return pending;
            case REDEEM:
                try {
                    ledger.post(Posting.builder(c, EntryType.REDEEM, key).available(-op.points).build());
                    expected.add(EntryType.REDEEM, -op.points, 0);
                } catch (InsufficientPointsException e) {
                    // refused: nothing moved
                }
                return pending;
            case REVERSE:
                long fromPending = Math.min(pending, op.points / 2);
                ledger.post(Posting.builder(c, EntryType.REVERSE, key).available(-op.points).pending(-fromPending)
                        .earned(-op.points - fromPending).allowNegative(true).build());
                expected.add(EntryType.REVERSE, -op.points, -fromPending);
                return pending - fromPending;
            case EXPIRE:
                List<PointLot> lots = ledger.openLots(c);
                if (!lots.isEmpty()) {
                    long moved = ledger.expireLot(lots.get(0).getId(), "property", clock.now()).getAvailableDelta();
                    expected.add(EntryType.EXPIRE, moved, 0);
                }
                return pending;
            default:
                long delta = op.points % 2 == 0 ? op.points : -op.points;
                try {
                    ledger.post(Posting.builder(c, EntryType.ADJUST, key).available(delta).reason("property").actor("t").build());
                    expected.add(EntryType.ADJUST, delta, 0);
                } catch (InsufficientPointsException e) {
                    // refused: nothing moved
                }
                return pending;
        }
    }
}
