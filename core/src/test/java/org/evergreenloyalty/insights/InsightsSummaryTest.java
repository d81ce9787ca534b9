package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Random;

import javax.annotation.Resource;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.InsufficientPointsException;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.PointLot;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.CoreTestContext;
import org.evergreenloyalty.test.DashboardFingerprint;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's hourly ledger summary (job {@code insights-summary}): after a fold, every ledger figure of the page
 * (roll-forward by day and month, opening balances, health) is exactly what the raw queries give, in whole-hour time
 * zones with and without daylight saving and in a half-hour zone (which reads live), with entries posted after the
 * fold (read live), entries committed late into folded hours (re-folded by the next run, or rebuilt), empty periods
 * and a repeated fold. Each test its own years; the summaries are cleared after each test.
 */
@CoreTest
class InsightsSummaryTest {

    private static final ZoneId[] ZONES = {ZoneOffset.UTC, ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
        ZoneId.of("Asia/Kolkata")};

    @Resource(name = "evgInsightsService")
    InsightsService insights;
    @Resource(name = "evgInsightsSummaryService")
    InsightsSummaryService summaries;
    @Resource(name = "evgSummaryRepository")
    SummaryRepository summaryRepository;
    @Resource(name = "evgInsightsRepository")
    InsightsRepository repository;
    @Resource(name = "evgInsightsOrderSource")
    InsightsOrderSource orders;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService pointsSettings;
    @Resource(name = "evgInsightsSettingsService")
    InsightsSettingsService insightsSettings;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;

    /** The same reports without summaries: everything from the raw rows. */
    private InsightsService raw;

    @BeforeEach
    void rawReports() {
        raw = new DefaultInsightsService(txm, repository, orders, pointsSettings, insightsSettings, CoreTestContext.clock(), "UTC");
    }

    @AfterEach
    void clear() {
        summaries.clear();
        CoreTestContext.clock().reset();
    }

    @Test
    void theHandComputedLedgerReadsTheSameFromTheSummary() {
        march(2141);
        CoreFixtures.moveClockTo("2141-03-20T00:00:00Z");
        summaries.fold();
        assertNotNull(folded());
        for (ZoneId zone : ZONES) {
            ReportPeriod days = ReportPeriod.of(LocalDate.of(2141, 3, 1), LocalDate.of(2141, 3, 5), zone);
            assertSamePage(days, Granularity.DAY);
            assertSamePage(ReportPeriod.of(LocalDate.of(2141, 2, 1), LocalDate.of(2141, 3, 31), zone), Granularity.MONTH);
        }
        PointsAccounting acc = insights.accounting(ReportPeriod.of(LocalDate.of(2141, 3, 1), LocalDate.of(2141, 3, 5),
                ZoneOffset.UTC), Granularity.DAY);
        long o = acc.getTotal().getOpening();
        // day 2: 100 matured, 30 redeemed at 23:30 UTC; total: 170 earned, 50 bonus, 30 redeemed, -20, 40 expired, -10
        assertEquals(100, acc.getRows().get(1).getEarned());
        assertEquals(30, acc.getRows().get(1).getRedeemed());
        assertEquals(o + 120, acc.getTotal().getClosing());
        assertEquals(220, acc.getTotal().getIssued());
        // in New York the redemption at 23:30 UTC is on the 2nd too, the 18:00 earning of the 4th UTC is the 4th
        PointsAccounting ny = insights.accounting(ReportPeriod.of(LocalDate.of(2141, 3, 1), LocalDate.of(2141, 3, 5),
                ZoneId.of("America/New_York")), Granularity.DAY);
        assertEquals(30, ny.getRows().get(1).getRedeemed());
    }

    @Test
    void entriesAfterTheFoldAreReadLiveAndLateEntriesAreFoldedAgain() {
        march(2142);
        CoreFixtures.moveClockTo("2142-03-03T12:10:00Z");
        summaries.fold();
        Date foldedTo = folded();
        assertTrue(foldedTo.getTime() <= Instant.parse("2142-03-03T12:05:00Z").toEpochMilli(), "only hours that ended 5 minutes ago");
        // after the fold, in the tail: read live
        long c = TestIds.customerId();
        CoreFixtures.moveClockTo("2142-03-03T12:20:00Z");
        ledger.post(Posting.builder(c, EntryType.BONUS, TestIds.unique("tail")).available(11).earned(11).build());
        CoreFixtures.moveClockTo("2142-03-04T08:00:00Z");
        ledger.post(Posting.builder(c, EntryType.REDEEM, TestIds.unique("tail")).available(-3).build());
        assertSameMarch(2142);
        // committed late into an hour already folded (a long transaction): the next run re-folds the last 48 hours
        CoreFixtures.moveClockTo("2142-03-03T09:30:00Z");
        ledger.post(Posting.builder(c, EntryType.ADJUST, TestIds.unique("late")).available(5).reason("late").actor("t").build());
        CoreFixtures.moveClockTo("2142-03-04T09:10:00Z");
        InsightsSummaryService.FoldReport next = summaries.fold();
        assertFalse(next.isLedgerRebuilt(), next.toString());
        assertSameMarch(2142);
        // even later, before the re-fold window: the entry count gives it away and the summary is rebuilt
        CoreFixtures.moveClockTo("2142-03-01T11:00:00Z");
        ledger.post(Posting.builder(c, EntryType.ADJUST, TestIds.unique("late")).available(7).reason("late").actor("t").build());
        CoreFixtures.moveClockTo("2142-03-05T09:10:00Z");
        InsightsSummaryService.FoldReport rebuilt = summaries.fold();
        assertTrue(rebuilt.isLedgerRebuilt(), rebuilt.toString());
        assertSameMarch(2142);
    }

    @Test
    void foldingAgainChangesNothing() {
        march(2143);
        CoreFixtures.moveClockTo("2143-03-04T00:00:00Z");
        summaries.fold();
        String first = DashboardFingerprint.of(insights, ReportPeriod.of(LocalDate.of(2143, 3, 1), LocalDate.of(2143, 3, 31),
                ZoneOffset.UTC), Granularity.DAY);
        InsightsSummaryService.FoldReport again = summaries.fold();
        assertFalse(again.isLedgerRebuilt());
        assertTrue(again.getLedgerHours() >= 48, "the re-fold window is rewritten: " + again);
        assertEquals(first, DashboardFingerprint.of(insights, ReportPeriod.of(LocalDate.of(2143, 3, 1), LocalDate.of(2143, 3, 31),
                ZoneOffset.UTC), Granularity.DAY));
        Date to = folded();
        Boolean complete = new TransactionTemplate(txm).execute(status -> summaryRepository.ledgerHoursComplete(to));
        assertTrue(complete, "the hours count every entry once");
        assertSameMarch(2143);
    }

    @Test
    void emptyPeriodsAndNoSummaryGiveTheRawFigures() {
        assertNull(folded(), "no summary before the first fold");
        ReportPeriod empty = ReportPeriod.of(LocalDate.of(2198, 6, 1), LocalDate.of(2198, 6, 30), ZoneOffset.UTC);
        assertSamePage(empty, Granularity.DAY);
        CoreFixtures.moveClockTo("2144-01-01T00:00:00Z");
        summaries.fold();
        assertSamePage(empty, Granularity.DAY);
        assertSamePage(ReportPeriod.of(LocalDate.of(2143, 12, 1), LocalDate.of(2143, 12, 31), ZoneId.of("Europe/Berlin")),
                Granularity.DAY);
        PointsAccounting acc = insights.accounting(empty, Granularity.MONTH);
        assertEquals(acc.getTotal().getOpening(), acc.getTotal().getClosing(), "nothing moved in an empty period");
    }

    @Test
    void randomLedgersGiveTheSameFiguresFromTheSummary() {
        Random random = new Random(4711);
        for (int round = 0; round < 4; round++) {
            int year = 2150 + round;
            long[] customers = {TestIds.customerId(), TestIds.customerId(), TestIds.customerId()};
            Instant start = Instant.parse(year + "-03-01T00:00:00Z");
            long foldAt = start.toEpochMilli() + (5 + random.nextInt(10)) * 86_400_000L + random.nextInt(86_400_000);
            for (int i = 0; i < 60; i++) {
                long at = start.toEpochMilli() + (long) random.nextInt(20 * 24 * 60) * 60_000L;
                CoreFixtures.moveClockTo(Instant.ofEpochMilli(at).toString());
                postRandom(customers[random.nextInt(3)], random);
                if (i == 40) {
                    // a fold in the middle of the posting: later entries land before and after its end
                    CoreFixtures.moveClockTo(Instant.ofEpochMilli(foldAt).toString());
                    summaries.fold();
                }
            }
            CoreFixtures.moveClockTo(Instant.ofEpochMilli(foldAt + 3 * 86_400_000L).toString());
            summaries.fold();
            for (ZoneId zone : ZONES) {
                assertSamePage(ReportPeriod.of(LocalDate.of(year, 3, 2), LocalDate.of(year, 3, 18), zone), Granularity.DAY);
                assertSamePage(ReportPeriod.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30), zone), Granularity.MONTH);
            }
            CoreFixtures.moveClockTo(Instant.ofEpochMilli(foldAt).toString());
            summaries.fold();
            assertSamePage(ReportPeriod.of(LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31), ZONES[round]), Granularity.DAY);
        }
    }

    private void postRandom(long c, Random random) {
        int points = 1 + random.nextInt(200);
        String key = TestIds.unique("sum-rand");
        try {
            switch (random.nextInt(6)) {
                case 0:
                    ledger.post(Posting.builder(c, EntryType.EARN, key).pending(points).earned(points).build());
                    break;
                case 1:
                    ledger.post(Posting.builder(c, EntryType.EARN, key).available(points).earned(points).build());
                    break;
                case 2:
                    ledger.post(Posting.builder(c, EntryType.BONUS, key).available(points).earned(points).build());
                    break;
                case 3:
                    ledger.post(Posting.builder(c, EntryType.REDEEM, key).available(-points).build());
                    break;
                case 4:
                    ledger.post(Posting.builder(c, EntryType.REVERSE, key).available(-points).earned(-points).allowNegative(true).build());
                    break;
                default:
                    ledger.post(Posting.builder(c, EntryType.ADJUST, key).available(points).reason("r").actor("t").build());
            }
        } catch (InsufficientPointsException e) {
            // refused: nothing moved
        }
    }

    private void assertSameMarch(int year) {
        for (ZoneId zone : ZONES) {
            assertSamePage(ReportPeriod.of(LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 6), zone), Granularity.DAY);
        }
    }

    private void assertSamePage(ReportPeriod period, Granularity granularity) {
        assertEquals(DashboardFingerprint.of(raw, period, granularity), DashboardFingerprint.of(insights, period, granularity),
                "summary and raw figures of " + period);
    }

    private Date folded() {
        return new TransactionTemplate(txm).execute(status -> summaryRepository.foldedTo(SummaryRepository.LEDGER));
    }

    /** Three customers, every entry type, March 1-5 of {@code year}. */
    private void march(int year) {
        long a = TestIds.customerId();
        long b = TestIds.customerId();
        long c = TestIds.customerId();
        CoreFixtures.moveClockTo(year + "-03-01T10:00:00Z");
        ledger.post(Posting.builder(a, EntryType.EARN, TestIds.unique("e")).pending(100).earned(100).build());
        ledger.post(Posting.builder(b, EntryType.BONUS, TestIds.unique("b")).available(50).earned(50).build());
        CoreFixtures.moveClockTo(year + "-03-02T10:00:00Z");
        ledger.post(Posting.builder(a, EntryType.MATURE, TestIds.unique("m")).pending(-100).available(100).build());
        CoreFixtures.moveClockTo(year + "-03-02T23:30:00Z");
        ledger.post(Posting.builder(a, EntryType.REDEEM, TestIds.unique("r")).available(-30).build());
        CoreFixtures.moveClockTo(year + "-03-03T09:00:00Z");
        ledger.post(Posting.builder(b, EntryType.ADJUST, TestIds.unique("a")).available(-10).reason("test").actor("admin").build());
        ledger.post(Posting.builder(a, EntryType.REVERSE, TestIds.unique("v")).available(-20).earned(-20).allowNegative(true).build());
        CoreFixtures.moveClockTo(year + "-03-04T18:00:00Z");
        ledger.post(Posting.builder(c, EntryType.EARN, TestIds.unique("e")).available(70).earned(70).build());
        CoreFixtures.moveClockTo(year + "-03-05T12:00:00Z");
        List<PointLot> lots = ledger.openLots(b);
        ledger.expireLot(lots.get(0).getId(), "test", CoreTestContext.clock().now());
    }

}
