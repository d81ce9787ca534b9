package org.evergreenloyalty.birthday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/**
 * The birthday date rules, free of any database or clock: on which day a birthday falls in a given
 * year (29 February by the {@link LeapDayRule}), when its reward is due, whether a recently entered
 * birthday earns one, and which days the store's time zone calls "today".
 */
public final class BirthdayCalendar {

    private final LeapDayRule leapDayRule;

    public BirthdayCalendar(LeapDayRule leapDayRule) {
        if (leapDayRule == null) {
            throw new IllegalArgumentException("A leap day rule is required");
        }
        this.leapDayRule = leapDayRule;
    }

    /** The day {@code birthday} is celebrated in {@code year}. */
    public LocalDate occurrence(MonthDay birthday, int year) {
        if (birthday.getMonthValue() == 2 && birthday.getDayOfMonth() == 29 && !java.time.Year.isLeap(year)) {
            return leapDayRule == LeapDayRule.FEB_28 ? LocalDate.of(year, 2, 28) : LocalDate.of(year, 3, 1);
        }
        return birthday.atYear(year);
    }

    /** The first celebration of {@code birthday} on or after {@code from}. */
    public LocalDate nextOccurrence(MonthDay birthday, LocalDate from) {
        LocalDate d = occurrence(birthday, from.getYear());
        return d.isBefore(from) ? occurrence(birthday, from.getYear() + 1) : d;
    }

    /**
     * The celebration whose reward is due {@code today}, or null. A reward is due from
     * {@code daysBefore} days before the birthday until {@code lateDays} days after that day (so a
     * missed run catches up).
     */
    public LocalDate dueOccurrence(MonthDay birthday, LocalDate today, int daysBefore, int lateDays) {
        for (int year = today.getYear() - 1; year <= today.getYear() + 1; year++) {
            LocalDate occurs = occurrence(birthday, year);
            LocalDate due = occurs.minusDays(daysBefore);
            if (!today.isBefore(due) && !today.isAfter(due.plusDays(lateDays))) {
                return occurs;
            }
        }
        return null;
    }

    /**
     * The 30-day guard: a birthday entered or changed on {@code changedOn} earns a reward for the
     * celebration on {@code occurs} only when that was at least {@code noticeDays} days before.
     */
    public static boolean earns(LocalDate occurs, LocalDate changedOn, int noticeDays) {
        return changedOn == null || ChronoUnit.DAYS.between(changedOn, occurs) >= noticeDays;
    }

    /**
     * The month-day keys ({@link Birthday#key(int, int)}) whose rewards can be due {@code today}:
     * celebrations from {@code today + daysBefore - lateDays} to {@code today + daysBefore}, widened by
     * one day on each side so 29 February is never missed. The database pre-selects with it; {@link
     * #dueOccurrence} decides.
     */
    public static MonthDayWindow dueWindow(LocalDate today, int daysBefore, int lateDays) {
        LocalDate from = today.plusDays(daysBefore - lateDays - 1L);
        LocalDate to = today.plusDays(daysBefore + 1L);
        return MonthDayWindow.between(from, to);
    }

    /** The calendar day of the instant {@code now} in {@code zone}. */
    public static LocalDate today(Date now, ZoneId zone) {
        return Instant.ofEpochMilli(now.getTime()).atZone(zone).toLocalDate();
    }

    /** The first instant of {@code day} in {@code zone}. */
    public static Date startOfDay(LocalDate day, ZoneId zone) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    /** The last second of {@code day} in {@code zone} (23:59:59), e.g. a code's end of validity. */
    public static Date endOfDay(LocalDate day, ZoneId zone) {
        return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1));
    }
}
