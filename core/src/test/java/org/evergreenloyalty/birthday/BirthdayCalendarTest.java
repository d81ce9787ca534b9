package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;

/** The date rules: leap days, year ends, the due day, the 30-day guard, the store's time zone. */
class BirthdayCalendarTest {

    private static final MonthDay LEAP_DAY = MonthDay.of(2, 29);
    private final BirthdayCalendar feb28 = new BirthdayCalendar(LeapDayRule.FEB_28);
    private final BirthdayCalendar mar1 = new BirthdayCalendar(LeapDayRule.MAR_1);

    @Test
    void leapDayBirthdaysFallOnTheChosenDayInOtherYears() {
        assertEquals(LocalDate.of(2024, 2, 29), feb28.occurrence(LEAP_DAY, 2024));
        assertEquals(LocalDate.of(2025, 2, 28), feb28.occurrence(LEAP_DAY, 2025));
        assertEquals(LocalDate.of(2025, 3, 1), mar1.occurrence(LEAP_DAY, 2025));
        assertEquals(LocalDate.of(2100, 2, 28), feb28.occurrence(LEAP_DAY, 2100), "2100 is no leap year");
        assertEquals(LocalDate.of(2000, 2, 29), mar1.occurrence(LEAP_DAY, 2000), "2000 is one");
        assertEquals(LocalDate.of(2025, 2, 28), mar1.occurrence(MonthDay.of(2, 28), 2025), "28 February stays put");
    }

    @Test
    void nextOccurrenceRollsOverTheYearEnd() {
        assertEquals(LocalDate.of(2026, 1, 2), feb28.nextOccurrence(MonthDay.of(1, 2), LocalDate.of(2025, 12, 31)));
        assertEquals(LocalDate.of(2025, 12, 31), feb28.nextOccurrence(MonthDay.of(12, 31), LocalDate.of(2025, 12, 31)), "today counts");
        assertEquals(LocalDate.of(2028, 2, 29), feb28.nextOccurrence(LEAP_DAY, LocalDate.of(2028, 1, 1)));
        assertEquals(LocalDate.of(2026, 2, 28), feb28.nextOccurrence(LEAP_DAY, LocalDate.of(2025, 3, 1)));
        assertEquals(LocalDate.of(2026, 3, 1), mar1.nextOccurrence(LEAP_DAY, LocalDate.of(2025, 3, 2)));
        assertEquals(LocalDate.of(2025, 3, 1), mar1.nextOccurrence(LEAP_DAY, LocalDate.of(2025, 3, 1)));
    }

    @Test
    void rewardIsDueDaysBeforeEvenAcrossTheYearEnd() {
        MonthDay jan3 = MonthDay.of(1, 3);
        assertEquals(LocalDate.of(2026, 1, 3), feb28.dueOccurrence(jan3, LocalDate.of(2025, 12, 29), 5, 0),
                "issued in December for next year's birthday");
        assertNull(feb28.dueOccurrence(jan3, LocalDate.of(2025, 12, 28), 5, 0), "a day too early");
        assertNull(feb28.dueOccurrence(jan3, LocalDate.of(2025, 12, 30), 5, 0), "a day late without catch-up");
        assertEquals(LocalDate.of(2026, 1, 3), feb28.dueOccurrence(jan3, LocalDate.of(2025, 12, 31), 5, 2), "caught up");
        assertEquals(LocalDate.of(2025, 12, 31), feb28.dueOccurrence(MonthDay.of(12, 31), LocalDate.of(2026, 1, 2), 0, 3),
                "a late run in January still issues last year's reward");
        assertEquals(LocalDate.of(2025, 6, 1), feb28.dueOccurrence(MonthDay.of(6, 1), LocalDate.of(2025, 6, 1), 0, 0));
        assertEquals(LocalDate.of(2025, 2, 28), feb28.dueOccurrence(LEAP_DAY, LocalDate.of(2025, 2, 28), 0, 0));
        assertNull(mar1.dueOccurrence(LEAP_DAY, LocalDate.of(2025, 2, 28), 0, 0));
        assertEquals(LocalDate.of(2025, 3, 1), mar1.dueOccurrence(LEAP_DAY, LocalDate.of(2025, 3, 1), 0, 0));
    }

    @Test
    void thirtyDayGuardCountsWholeDaysBeforeTheBirthday() {
        LocalDate birthday = LocalDate.of(2025, 6, 30);
        assertTrue(BirthdayCalendar.earns(birthday, LocalDate.of(2025, 5, 31), 30), "exactly 30 days before");
        assertFalse(BirthdayCalendar.earns(birthday, LocalDate.of(2025, 6, 1), 30), "29 days before");
        assertFalse(BirthdayCalendar.earns(birthday, birthday, 30), "on the day");
        assertTrue(BirthdayCalendar.earns(birthday, LocalDate.of(2024, 12, 1), 30));
        assertFalse(BirthdayCalendar.earns(LocalDate.of(2026, 1, 5), LocalDate.of(2025, 12, 10), 30), "26 days across the year end");
        assertTrue(BirthdayCalendar.earns(LocalDate.of(2026, 1, 9), LocalDate.of(2025, 12, 10), 30), "30 days across the year end");
        assertTrue(BirthdayCalendar.earns(birthday, birthday, 0), "no notice period");
        assertTrue(BirthdayCalendar.earns(birthday, null, 30), "unknown change day");
        assertFalse(BirthdayCalendar.earns(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 2, 1), 30), "leap February: 29 days");
        assertTrue(BirthdayCalendar.earns(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 2, 1), 30));
    }

    @Test
    void theStoresTimeZoneDecidesWhichDayItIs() {
        Date lateEveningUtc = Date.from(Instant.parse("2025-03-13T23:30:00Z"));
        assertEquals(LocalDate.of(2025, 3, 13), BirthdayCalendar.today(lateEveningUtc, ZoneId.of("UTC")));
        assertEquals(LocalDate.of(2025, 3, 14), BirthdayCalendar.today(lateEveningUtc, ZoneId.of("Europe/Berlin")));
        assertEquals(LocalDate.of(2025, 3, 13), BirthdayCalendar.today(lateEveningUtc, ZoneId.of("America/New_York")));
        assertEquals(LocalDate.of(2025, 3, 14), BirthdayCalendar.today(lateEveningUtc, ZoneId.of("Pacific/Kiritimati")));
        Date newYearsEve = Date.from(Instant.parse("2025-12-31T20:00:00Z"));
        assertEquals(LocalDate.of(2026, 1, 1), BirthdayCalendar.today(newYearsEve, ZoneId.of("Asia/Tokyo")), "already next year");
        assertEquals(LocalDate.of(2025, 12, 31), BirthdayCalendar.today(newYearsEve, ZoneId.of("Europe/London")));

        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals(Instant.parse("2025-03-14T22:59:59Z"), BirthdayCalendar.endOfDay(LocalDate.of(2025, 3, 14), berlin).toInstant());
        assertEquals(Instant.parse("2025-07-14T21:59:59Z"), BirthdayCalendar.endOfDay(LocalDate.of(2025, 7, 14), berlin).toInstant(),
                "summer time");
        assertEquals(Instant.parse("2025-03-13T23:00:00Z"), BirthdayCalendar.startOfDay(LocalDate.of(2025, 3, 14), berlin).toInstant());
        assertEquals(Instant.parse("2025-03-30T21:59:59Z"), BirthdayCalendar.endOfDay(LocalDate.of(2025, 3, 30), berlin).toInstant(),
                "the 23-hour day clocks go forward");
    }

    @Test
    void dueWindowCoversTheDueBirthdaysAndWrapsAtTheYearEnd() {
        MonthDayWindow w = BirthdayCalendar.dueWindow(LocalDate.of(2025, 6, 15), 0, 0);
        assertEquals(614, w.getFrom());
        assertEquals(616, w.getTo());
        assertFalse(w.wraps());
        assertTrue(w.contains(615));
        assertFalse(w.contains(617));

        MonthDayWindow dec = BirthdayCalendar.dueWindow(LocalDate.of(2025, 12, 29), 5, 0);
        assertEquals("102..104", dec.toString(), "birthdays around 3 January are due on 29 December");
        assertTrue(dec.contains(103));
        assertFalse(dec.contains(1229));

        MonthDayWindow late = BirthdayCalendar.dueWindow(LocalDate.of(2026, 1, 2), 0, 3);
        assertTrue(late.wraps());
        assertTrue(late.contains(1231), "the late run still sees 31 December");
        assertTrue(late.contains(102));

        MonthDayWindow leap = BirthdayCalendar.dueWindow(LocalDate.of(2025, 2, 28), 0, 0);
        assertTrue(leap.contains(229), "29 February birthdays are read on 28 February");
        assertTrue(BirthdayCalendar.dueWindow(LocalDate.of(2025, 3, 1), 0, 0).contains(229), "and on 1 March");

        assertTrue(MonthDayWindow.between(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)).contains(704), "a year covers all");
    }
}
