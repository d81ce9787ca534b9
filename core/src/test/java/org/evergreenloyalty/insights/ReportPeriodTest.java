package org.evergreenloyalty.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;

import org.junit.jupiter.api.Test;

/** Periods, their comparison periods, buckets across a daylight-saving change, and the money arithmetic. */
class ReportPeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aReversedOrOverlongRangeIsRefusedWithItsMessageKey() {
        InsightsException e = assertThrows(InsightsException.class,
                () -> ReportPeriod.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 1), BERLIN));
        assertEquals("insights.period.reversed", e.getMessageKey());
        assertEquals("insights.period.tooLong", assertThrows(InsightsException.class,
                () -> ReportPeriod.of(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 1, 1), BERLIN)).getMessageKey());
        assertEquals("insights.period.missing", assertThrows(InsightsException.class,
                () -> ReportPeriod.of(null, LocalDate.of(2026, 1, 1), BERLIN)).getMessageKey());
    }

    @Test
    void aMonthComparesWithTheMonthBeforeAndDaysWithAsManyDaysBefore() {
        ReportPeriod march = ReportPeriod.month(YearMonth.of(2028, 3), BERLIN);
        assertEquals(ReportPeriod.of(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29), BERLIN), march.previous());
        ReportPeriod days = ReportPeriod.of(LocalDate.of(2028, 3, 10), LocalDate.of(2028, 3, 19), BERLIN);
        assertEquals(ReportPeriod.of(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 9), BERLIN), days.previous());
        ReportPeriod last30 = ReportPeriod.lastDays(30, Date.from(Instant.parse("2028-03-31T22:30:00Z")), BERLIN);
        assertEquals(LocalDate.of(2028, 4, 1), last30.getLast(), "22:30 UTC is already the next day in Berlin");
        assertEquals(30, last30.days());
    }

    @Test
    void dayBucketsFollowTheZonesDaylightSavingChange() {
        ReportPeriod p = ReportPeriod.of(LocalDate.of(2028, 3, 25), LocalDate.of(2028, 3, 27), BERLIN);
        Buckets days = Buckets.of(p, Granularity.DAY);
        assertEquals(3, days.size());
        assertEquals(23L * 3600 * 1000, days.hi(1).getTime() - days.lo(1).getTime(), "26 March 2028 has 23 hours in Berlin");
        assertEquals(p.end(), days.end());
        Buckets months = Buckets.of(ReportPeriod.of(LocalDate.of(2028, 1, 15), LocalDate.of(2028, 3, 10), BERLIN),
                Granularity.MONTH);
        assertEquals(Arrays.asList(LocalDate.of(2028, 1, 15), LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 1)),
                Arrays.asList(months.first(0), months.first(1), months.first(2)));
        assertTrue(months.valuesTable("b").startsWith("(values (0, timestamp '"));
    }

    @Test
    void liabilityDeferredRevenueAndBreakageFollowTheRatioAndTheExpectedRedemption() {
        Movements m = new Movements();
        m.add(org.evergreenloyalty.ledger.EntryType.BONUS, 12345, 0);
        RollForwardRow total = new RollForwardRow(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 31), 0, 0, m);
        PointsAccounting acc = new PointsAccounting(ReportPeriod.month(YearMonth.of(2028, 1), BERLIN),
                Arrays.asList(total), total, 100, 80);
        assertEquals(new BigDecimal("123.45"), acc.getLiability());
        assertEquals(new BigDecimal("98.76"), acc.getDeferredRevenue());
        assertEquals(new BigDecimal("24.69"), acc.getExpectedBreakage());
    }
}
