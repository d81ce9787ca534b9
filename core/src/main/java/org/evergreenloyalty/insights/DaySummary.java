package org.evergreenloyalty.insights;

import java.util.Date;

/**
 * One summary kept per day of the reporting time zone by the {@code insights-summary} job ({@link DayFolder}): rows
 * keyed by the first instant of their day, rewritten day range by day range, each range deleted and written again in
 * one transaction with the summary's {@code FOLDED_TO} ({@code EVG_INS_SUMMARY}), so a repeat never counts twice. The
 * reports read the days before {@code FOLDED_TO} from it and the later rows live. All methods run in the caller's
 * transaction and are set-based statements.
 */
public interface DaySummary {

    /**
     * The summary's name in {@code EVG_INS_SUMMARY}: a prefix ending in {@code @} and the id of the zone whose days the
     * rows are, so rows of another zone (the setting changed) are never read: the fold under the new name rebuilds.
     */
    String name();

    /** How many days before the last fold's end every run folds again (late rows, cancellations, returns). */
    int refoldDays();

    /**
     * How many days the summary's fold stays behind the others: a day is folded only once this many days have passed
     * after it (its rows look that far ahead). 0 for a summary of the day's own rows.
     */
    default int lagDays() {
        return 0;
    }

    /** The time of the first source row, or null when there is none (nothing to fold). */
    Date firstSourceAt();

    /** The time of the first source row at or after {@code at}, or null: the fold skips the empty days before it. */
    Date nextSourceAt(Date at);

    /**
     * Whether the stored days before {@code before} (a day start) still hold exactly what the source holds before it;
     * false makes the next fold rebuild the summary from the first source row.
     */
    boolean complete(Date before);

    /** Deletes every row (a rebuild starts from nothing). */
    void clearAll();

    /**
     * Deletes the rows from the first of {@code days} on and writes the rows of {@code days} again (consecutive days;
     * the pages of one fold come in order).
     */
    void fold(Buckets days);
}
