package org.evergreenloyalty.birthday;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A run of calendar days as month-day keys ({@code month * 100 + day}), for range queries on the
 * birthday table. It may wrap around the year end ({@code from > to}: December to January); a window
 * of a year or more covers every key.
 */
public final class MonthDayWindow {

    private final int from;
    private final int to;

    private MonthDayWindow(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The days from {@code first} to {@code last}, both included. */
    public static MonthDayWindow between(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Window ends before it starts: " + first + " to " + last);
        }
        if (ChronoUnit.DAYS.between(first, last) >= 365) {
            return new MonthDayWindow(101, 1231);
        }
        return new MonthDayWindow(Birthday.key(first.getMonthValue(), first.getDayOfMonth()),
                Birthday.key(last.getMonthValue(), last.getDayOfMonth()));
    }

    /** First key. */
    public int getFrom() { return from; }
    /** Last key (smaller than {@link #getFrom()} when the window wraps). */
    public int getTo() { return to; }

    /** Whether the window runs over the year end. */
    public boolean wraps() {
        return from > to;
    }

    /** Whether {@code key} lies in the window. */
    public boolean contains(int key) {
        return wraps() ? key >= from || key <= to : key >= from && key <= to;
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
