package org.evergreenloyalty.birthday;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * A customer's birthday as the module keeps it: month and day, and the year when the shopper gave one.
 * Always a day that exists in some year (29 February included); build it with {@link BirthdayInput} from
 * form text, or {@link #of(int, int, Integer)} from trusted values.
 */
public final class Birthday {

    private final int month;
    private final int day;
    private final Integer year;

    private Birthday(int month, int day, Integer year) {
        this.month = month;
        this.day = day;
        this.year = year;
    }

    /**
     * The birthday {@code month}/{@code day} (year optional).
     *
     * @throws IllegalArgumentException when no such day exists (for a year given, in that year)
     */
    public static Birthday of(int month, int day, Integer year) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Month must be 1 to 12, was " + month);
        }
        int max = Month.of(month).maxLength();
        if (day < 1 || day > max) {
            throw new IllegalArgumentException("Day must be 1 to " + max + " in month " + month + ", was " + day);
        }
        if (year != null && !MonthDay.of(month, day).isValidYear(year)) {
            throw new IllegalArgumentException(year + "-" + month + "-" + day + " does not exist");
        }
        return new Birthday(month, day, year);
    }

    public int getMonth() { return month; }
    public int getDay() { return day; }
    /** The birth year, or null when the shopper did not give one. */
    public Integer getYear() { return year; }

    /** Month and day. */
    public MonthDay monthDay() {
        return MonthDay.of(month, day);
    }

    /** Month and day as one sortable number, month * 100 + day (e.g. 314 for 14 March). */
    public int monthDayKey() {
        return key(month, day);
    }

    /** Whether this is 29 February. */
    public boolean isLeapDay() {
        return month == 2 && day == 29;
    }

    /** The full date of birth, or null without a year. */
    public LocalDate dateOfBirth() {
        return year == null ? null : LocalDate.of(year, month, day);
    }

    /** Month * 100 + day. */
    public static int key(int month, int day) {
        return month * 100 + day;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Birthday)) {
            return false;
        }
        Birthday b = (Birthday) o;
        return month == b.month && day == b.day && (year == null ? b.year == null : year.equals(b.year));
    }

    @Override
    public int hashCode() {
        return monthDayKey() * 31 + (year == null ? 0 : year);
    }

    /** {@code --MM-DD} (ISO month-day) or {@code YYYY-MM-DD}. */
    @Override
    public String toString() {
        String md = String.format("%02d-%02d", month, day);
        return year == null ? "--" + md : String.format("%04d", year) + "-" + md;
    }

    /** The inverse of {@link #toString()}. */
    public static Birthday parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.startsWith("--") && t.length() == 7) {
            return of(Integer.parseInt(t.substring(2, 4)), Integer.parseInt(t.substring(5, 7)), null);
        }
        if (t.length() == 10) {
            return of(Integer.parseInt(t.substring(5, 7)), Integer.parseInt(t.substring(8, 10)), Integer.parseInt(t.substring(0, 4)));
        }
        throw new IllegalArgumentException("Not a birthday: '" + text + "'");
    }
}
