package org.evergreenloyalty.insights;

import java.time.LocalDate;

/** The size of a report's buckets: a day, a calendar month or a calendar quarter in the reporting time zone. */
public enum Granularity {
    DAY, MONTH, QUARTER;

    /** The first day of the bucket that holds {@code day}. */
    public LocalDate startOf(LocalDate day) {
        switch (this) {
            case DAY:
                return day;
            case MONTH:
                return day.withDayOfMonth(1);
            default:
                return day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        }
    }

    /** The first day of the bucket after the one starting at {@code start}. */
    public LocalDate next(LocalDate start) {
        switch (this) {
            case DAY:
                return start.plusDays(1);
            case MONTH:
                return start.plusMonths(1);
            default:
                return start.plusMonths(3);
        }
    }
}
