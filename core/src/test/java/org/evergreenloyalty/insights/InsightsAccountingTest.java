package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import javax.annotation.Resource;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.PointLot;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.FixedInsightsOrders;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The points roll-forward and program health against a hand-computed ledger in a stretch of time no other test
 * uses (March of 2131 to 2134): per day in UTC and in Berlin (an entry at 23:30 UTC belongs to the next day there), per month,
 * an empty period, and the money figures.
 */
@CoreTest
class InsightsAccountingTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Resource(name = "evgInsightsService")
    InsightsService insights;
    @Resource(name = "evgInsightsRepository")
    InsightsRepository repository;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService orders;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService pointsSettings;
    @Resource(name = "evgInsightsOrderSource")
    FixedInsightsOrders orderFacts;
    @Resource(name = "evgClock")
    Clock clock;

    private PointsSettings original;

    @BeforeEach
    void knownRules() {
        original = KnownPointsSettings.apply(pointsSettings);
    }

    @AfterEach
    void restore() {
        pointsSettings.save(original);
        orderFacts.clear();
    }

    /** The hand-computed ledger of March of {@code year} (each test its own year): three customers, every entry type. */
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
        ledger.post(Posting.builder(a, EntryType.REVERSE, TestIds.unique("v")).available(-20).earned(-20)
                .allowNegative(true).build());
        CoreFixtures.moveClockTo(year + "-03-04T12:00:00Z");
        ledger.post(Posting.builder(c, EntryType.EARN, TestIds.unique("e")).available(70).earned(70).build());
        CoreFixtures.moveClockTo(year + "-03-05T12:00:00Z");
        List<PointLot> lots = ledger.openLots(b);
        ledger.expireLot(lots.get(0).getId(), "test", clock.now());
    }

    @Test
    void theDailyRollForwardMatchesTheHandComputedLedger() {
        march(2131);
        PointsAccounting acc = insights.accounting(ReportPeriod.of(LocalDate.of(2131, 3, 1), LocalDate.of(2131, 3, 5), UTC),
                Granularity.DAY);
        List<RollForwardRow> rows = acc.getRows();
        assertEquals(5, rows.size());
        long o = rows.get(0).getOpening();
        assertEquals(repository.balancesBefore(ReportPeriod.of(LocalDate.of(2131, 3, 1), LocalDate.of(2131, 3, 1), UTC)
                .start())[0], o);
        // day 1: bonus 50, 100 pending
        assertRow(rows.get(0), 0, 50, 0, 0, 0, 0, o + 50);
        assertEquals(100, rows.get(0).getPendingEarned());
        assertEquals(rows.get(0).getPendingOpening() + 100, rows.get(0).getPendingClosing());
        // day 2: 100 matured, 30 redeemed at 23:30 UTC
        assertRow(rows.get(1), 100, 0, 30, 0, 0, 0, o + 120);
        assertEquals(100, rows.get(1).getPendingMatured());
        // day 3: reversal -20, adjustment -10
        assertRow(rows.get(2), 0, 0, 0, -20, 0, -10, o + 90);
        // day 4: 70 earned at once; day 5: the rest of B's bonus (40) expired
        assertRow(rows.get(3), 70, 0, 0, 0, 0, 0, o + 160);
        assertRow(rows.get(4), 0, 0, 0, 0, 40, 0, o + 120);
        for (int i = 1; i < rows.size(); i++) {
            assertEquals(rows.get(i - 1).getClosing(), rows.get(i).getOpening(), "each day opens with the day before's closing");
            assertEquals(rows.get(i - 1).getPendingClosing(), rows.get(i).getPendingOpening());
        }
        RollForwardRow total = acc.getTotal();
        assertRow(total, 170, 50, 30, -20, 40, -10, o + 120);
        assertEquals(220, total.getIssued());
        assertEquals(acc.money(total.getClosing()), acc.getLiability());
    }

    @Test
    void daysAreCountedInTheReportingTimeZone() {
        march(2132);
        List<RollForwardRow> rows = insights.accounting(
                ReportPeriod.of(LocalDate.of(2132, 3, 1), LocalDate.of(2132, 3, 5), BERLIN), Granularity.DAY).getRows();
        assertEquals(0, rows.get(1).getRedeemed(), "23:30 UTC on the 2nd is 00:30 on the 3rd in Berlin");
        assertEquals(30, rows.get(2).getRedeemed());
        assertEquals(100, rows.get(1).getEarned());
    }

    @Test
    void monthsSumTheirDaysAndAnEmptyMonthOnlyCarriesTheBalanceForward() {
        march(2133);
        PointsAccounting acc = insights.accounting(ReportPeriod.of(LocalDate.of(2133, 3, 1), LocalDate.of(2133, 4, 30), UTC),
                Granularity.MONTH);
        assertEquals(2, acc.getRows().size());
        RollForwardRow march = acc.getRows().get(0);
        RollForwardRow april = acc.getRows().get(1);
        assertRow(march, 170, 50, 30, -20, 40, -10, march.getOpening() + 120);
        assertRow(april, 0, 0, 0, 0, 0, 0, march.getClosing());
        assertEquals(march.getClosing(), april.getOpening());
        assertEquals(LocalDate.of(2133, 4, 30), april.getLast());
    }

    @Test
    void healthCountsIssuedRedeemedAndActiveMembers() {
        march(2134);
        orderFacts.setFigures(new OrderFigures(10, 8, 2, 1, new BigDecimal("500.00")));
        ReportPeriod period = ReportPeriod.of(LocalDate.of(2134, 3, 1), LocalDate.of(2134, 3, 5), UTC);
        ProgramHealth h = insights.health(period);
        assertEquals(220, h.getPointsIssued());
        assertEquals(30, h.getPointsRedeemed());
        assertEquals(30.0 / 220, h.getRedemptionRate(), 1e-9);
        assertEquals(3, h.getActiveMembers(), "A earned and redeemed, B got a bonus, C earned");
    }

    @Test
    void ordersBookedByTheModuleGiveTheEarningShareAndPointsPerOrder() {
        CoreFixtures.moveClockTo("2132-06-10T10:00:00Z");
        long c = CoreFixtures.customer();
        orders.process(CoreFixtures.order(c, "80.00"));
        orders.process(CoreFixtures.order(c, "40.00"));
        orders.process(CoreFixtures.order(CoreFixtures.customer(), "0.50"));
        orderFacts.setFigures(new OrderFigures(4, 3, 0, 1, new BigDecimal("200.00")));
        ProgramHealth h = insights.health(ReportPeriod.of(LocalDate.of(2132, 6, 10), LocalDate.of(2132, 6, 10), UTC));
        assertEquals(4, h.getOrdersPlaced());
        assertEquals(2, h.getOrdersEarning(), "the 0.50 order earned nothing");
        assertEquals(0.5, h.getEarningShare(), 1e-9);
        assertEquals(60.0, h.getPointsPerOrder(), 1e-9);
        assertEquals(0, h.getOrdersRedeeming());
        assertEquals(120, h.getPointsIssued());
    }

    @Test
    void anEmptyPeriodHasNoRatesRatherThanNaN() {
        ProgramHealth h = insights.health(ReportPeriod.of(LocalDate.of(2140, 1, 1), LocalDate.of(2140, 1, 31), UTC));
        assertEquals(0, h.getPointsIssued());
        assertNull(h.getRedemptionRate());
        assertNull(h.getEarningShare());
        assertNull(h.getPointsPerOrder());
        assertEquals(0, h.getActiveMembers());
    }

    private static void assertRow(RollForwardRow r, long earned, long bonus, long redeemed, long reversed, long expired,
                                  long adjusted, long closing) {
        String at = r.getFirst().toString();
        assertEquals(earned, r.getEarned(), "earned " + at);
        assertEquals(bonus, r.getBonus(), "bonus " + at);
        assertEquals(redeemed, r.getRedeemed(), "redeemed " + at);
        assertEquals(reversed, r.getReversed(), "reversed " + at);
        assertEquals(expired, r.getExpired(), "expired " + at);
        assertEquals(adjusted, r.getAdjusted(), "adjusted " + at);
        assertEquals(closing, r.getClosing(), "closing " + at);
        assertEquals(r.getOpening() + earned + bonus - redeemed + reversed - expired + adjusted, r.getClosing());
    }
}
