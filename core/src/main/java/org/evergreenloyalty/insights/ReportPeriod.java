package org.evergreenloyalty.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * The days a report covers: from its first to its last day (both included) in the store's reporting time zone,
 * i.e. the instants from the start of the first day to the start of the day after the last. Knows the period to
 * compare it with ({@link #previous()}): the month before a calendar month, else as many days right before.
 */
public final class ReportPeriod {

    /** The longest period a report covers (ten years of days). */
    public static final int MAX_DAYS = 3660;

    private final LocalDate first;
    private final LocalDate last;
    private final ZoneId zone;

    private ReportPeriod(LocalDate first, LocalDate last, ZoneId zone) {
        this.first = first;
        this.last = last;
        this.zone = zone;
    }

    /**
     * The days from {@code first} to {@code last}, both included.
     *
     * @throws InsightsException {@code insights.period.missing}, {@code insights.period.reversed} or
     *                           {@code insights.period.tooLong}
     */
    public static ReportPeriod of(LocalDate first, LocalDate last, ZoneId zone) {
        if (first == null || last == null || zone == null) {
            throw new InsightsException("insights.period.missing");
        }
        if (last.isBefore(first)) {
            throw new InsightsException("insights.period.reversed", first, last);
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new InsightsException("insights.period.tooLong", MAX_DAYS);
        }
        return new ReportPeriod(first, last, zone);
    }

    /** The {@code days} days up to and including today (in {@code zone}) at {@code now}. */
    public static ReportPeriod lastDays(int days, Date now, ZoneId zone) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InsightsException("insights.period.tooLong", MAX_DAYS);
        }
        LocalDate today = now.toInstant().atZone(zone).toLocalDate();
        return of(today.minusDays(days - 1L), today, zone);
    }

    /** One calendar month. */
    public static ReportPeriod month(YearMonth month, ZoneId zone) {
        return of(month.atDay(1), month.atEndOfMonth(), zone);
    }

    /** The period to compare this one with: the calendar months right before, or as many days right before. */
    public ReportPeriod previous() {
        if (isWholeMonths()) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) + 1;
            YearMonth start = YearMonth.from(first).minusMonths(months);
            return new ReportPeriod(start.atDay(1), YearMonth.from(first).minusMonths(1).atEndOfMonth(), zone);
        }
        long days = days();
        return new ReportPeriod(first.minusDays(days), first.minusDays(1), zone);
    }

    /** Whether the period starts on a first and ends on a last day of a month. */
    public boolean isWholeMonths() {
        return first.getDayOfMonth() == 1 && last.equals(YearMonth.from(last).atEndOfMonth());
    }

    /** Number of days in the period. */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The first instant of the period. */
    public Date start() {
        return Date.from(first.atStartOfDay(zone).toInstant());
    }

    /** The first instant after the period. */
    public Date end() {
        return Date.from(last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public LocalDate getFirst() { return first; }
    public LocalDate getLast() { return last; }
    public ZoneId getZone() { return zone; }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReportPeriod)) {
            return false;
        }
        ReportPeriod p = (ReportPeriod) o;
        return first.equals(p.first) && last.equals(p.last) && zone.equals(p.zone);
    }

    @Override
    public int hashCode() {
        return first.hashCode() * 31 + last.hashCode();
    }

    @Override
    public String toString() {
        return first + ".." + last + " " + zone;
    }
}
