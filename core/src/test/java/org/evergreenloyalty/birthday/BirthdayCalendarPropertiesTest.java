package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the birthday date rules over random dates, with year ends, leap days and the days around
 * daylight-saving changes drawn often: the pre-selecting window always holds a due birthday, every
 * celebration is due on exactly lateDays + 1 consecutive days whatever day the daily runs start, the 29 February
 * rule, and the store's "today" in zones with daylight saving.
 */
class BirthdayCalendarPropertiesTest {

    private static final ZoneId[] ZONES = {
        ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"),
        ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Pacific/Pago_Pago"), ZoneId.of("America/St_Johns")
    };

    /** Days from 1999 to 2101, a third of them within a few days of a year end, a leap day or a DST change. */
    @Provide
    Arbitrary<LocalDate> days() {
        Arbitrary<LocalDate> any = Arbitraries.integers().between(1999, 2101)
                .flatMap(y -> Arbitraries.integers().between(0, LocalDate.of(y, 12, 31).getDayOfYear() - 1)
                        .map(d -> LocalDate.of(y, 1, 1).plusDays(d)));
        Arbitrary<LocalDate> nearYearEnd = Arbitraries.integers().between(1999, 2100)
                .flatMap(y -> Arbitraries.integers().between(-5, 5).map(d -> LocalDate.of(y, 12, 31).plusDays(d)));
        Arbitrary<LocalDate> nearLeapDay = Arbitraries.of(2000, 2004, 2024, 2028, 2096)
                .flatMap(y -> Arbitraries.integers().between(-70, 70).map(d -> LocalDate.of(y, 2, 29).plusDays(d)));
        Arbitrary<LocalDate> nearDst = Arbitraries.integers().between(2000, 2100)
                .flatMap(y -> Arbitraries.of(LocalDate.of(y, 3, 25), LocalDate.of(y, 3, 10), LocalDate.of(y, 10, 28),
                        LocalDate.of(y, 11, 3), LocalDate.of(y, 4, 5), LocalDate.of(y, 10, 4))
                        .flatMap(d -> Arbitraries.integers().between(-7, 7).map(d::plusDays)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, any), net.jqwik.api.Tuple.of(2, nearYearEnd),
                net.jqwik.api.Tuple.of(2, nearLeapDay), net.jqwik.api.Tuple.of(1, nearDst));
    }

    /** Birthdays, 29 February, 28 February, 1 March and the year's ends drawn often. */
    @Provide
    Arbitrary<MonthDay> birthdays() {
        Arbitrary<MonthDay> any = Arbitraries.integers().between(1, 12)
                .flatMap(m -> Arbitraries.integers().between(1, m == 2 ? 29 : LocalDate.of(2024, m, 1).lengthOfMonth())
                        .map(d -> MonthDay.of(m, d)));
        Arbitrary<MonthDay> edges = Arbitraries.of(MonthDay.of(2, 29), MonthDay.of(2, 28), MonthDay.of(3, 1),
                MonthDay.of(1, 1), MonthDay.of(12, 31), MonthDay.of(12, 30), MonthDay.of(1, 2));
        return Arbitraries.oneOf(any, edges);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    @Property(tries = 2000)
    void theDueWindowAlwaysHoldsADueBirthday(@ForAll("birthdays") MonthDay birthday, @ForAll("days") LocalDate today,
            @ForAll @IntRange(min = 0, max = 60) int daysBefore, @ForAll @IntRange(min = 0, max = 30) int lateDays,
            @ForAll LeapDayRule rule) {
        LocalDate due = new BirthdayCalendar(rule).dueOccurrence(birthday, today, daysBefore, lateDays);
        if (due != null) {
            MonthDayWindow window = BirthdayCalendar.dueWindow(today, daysBefore, lateDays);
            assertTrue(window.contains(Birthday.key(birthday.getMonthValue(), birthday.getDayOfMonth())),
                    birthday + " due " + due + " on " + today + " but the window is " + window);
        }
    }

    @Property(tries = 300)
    void everyCelebrationIsDueOnExactlyLateDaysPlusOneDaysWhateverTheStartDay(@ForAll("birthdays") MonthDay birthday,
            @ForAll("days") LocalDate start, @ForAll @IntRange(min = 0, max = 60) int daysBefore,
            @ForAll @IntRange(min = 0, max = 30) int lateDays, @ForAll LeapDayRule rule) {
        BirthdayCalendar calendar = new BirthdayCalendar(rule);
        Map<LocalDate, Integer> dueDays = new HashMap<LocalDate, Integer>();
        LocalDate end = start.plusYears(3);
        LocalDate previous = null;
        LocalDate previousDue = null;
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            LocalDate occurs = calendar.dueOccurrence(birthday, day, daysBefore, lateDays);
            if (occurs != null) {
                assertEquals(calendar.occurrence(birthday, occurs.getYear()), occurs, "the celebration of its own year");
                assertTrue(!day.isBefore(occurs.minusDays(daysBefore)) && !day.isAfter(occurs.minusDays(daysBefore).plusDays(lateDays)),
                        occurs + " due on " + day);
                if (previousDue != null && !previousDue.equals(occurs)) {
                    assertTrue(occurs.isAfter(previousDue), "celebrations come in order: " + previousDue + " then " + occurs);
                    assertEquals(previousDue.getYear() + 1, occurs.getYear(), "no year is skipped after " + previousDue);
                }
                if (previousDue != null && previousDue.equals(occurs)) {
                    assertEquals(previous, day.minusDays(1), occurs + " is due on consecutive days");
                }
                dueDays.merge(occurs, 1, Integer::sum);
                previous = day;
                previousDue = occurs;
            }
        }
        // every celebration whose whole due run lies in the simulated days was due exactly lateDays + 1 times
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            LocalDate occurs = calendar.occurrence(birthday, year);
            LocalDate first = occurs.minusDays(daysBefore);
            if (!first.isBefore(start) && !first.plusDays(lateDays).isAfter(end)) {
                assertEquals(Integer.valueOf(lateDays + 1), dueDays.get(occurs), "days " + occurs + " is due on");
            }
        }
    }

    @Property(tries = 1000)
    void theLeapDayRuleMovesOnly29FebruaryInOtherYears(@ForAll("birthdays") MonthDay birthday,
            @ForAll @IntRange(min = 1900, max = 2400) int year, @ForAll LeapDayRule rule) {
        LocalDate occurs = new BirthdayCalendar(rule).occurrence(birthday, year);
        assertEquals(year, occurs.getYear());
        if (birthday.equals(MonthDay.of(2, 29)) && !java.time.Year.isLeap(year)) {
            assertEquals(rule == LeapDayRule.FEB_28 ? LocalDate.of(year, 2, 28) : LocalDate.of(year, 3, 1), occurs);
        } else {
            assertEquals(birthday, MonthDay.from(occurs));
        }
    }

    @Property(tries = 1000)
    void nextOccurrenceIsTheFirstCelebrationOnOrAfterTheDay(@ForAll("birthdays") MonthDay birthday,
            @ForAll("days") LocalDate from, @ForAll LeapDayRule rule) {
        BirthdayCalendar calendar = new BirthdayCalendar(rule);
        LocalDate next = calendar.nextOccurrence(birthday, from);
        assertTrue(!next.isBefore(from), next + " before " + from);
        assertTrue(next.isBefore(from.plusDays(367)), next + " more than a year after " + from);
        LocalDate before = calendar.occurrence(birthday, next.getYear() - 1);
        assertTrue(before.isBefore(from), "an earlier celebration " + before + " on or after " + from);
    }

    @Property(tries = 1000)
    void todayInTheStoreZoneHoldsTheInstantBetweenItsStartAndEnd(@ForAll("days") LocalDate day,
            @ForAll @IntRange(min = 0, max = 24 * 60 - 1) int minuteOfDay, @ForAll("zones") ZoneId zone) {
        ZonedDateTime local = day.atStartOfDay(zone).plusMinutes(minuteOfDay);
        Date now = Date.from(local.toInstant());
        LocalDate today = BirthdayCalendar.today(now, zone);
        assertEquals(local.toLocalDate(), today);
        // a day is one stretch of time except where clocks fall back across midnight (America/St_Johns until 2011 at
        // 00:01): the minutes repeated after the next day began belong to no single [start, end] of their date
        Assume.that(now.before(BirthdayCalendar.startOfDay(today.plusDays(1), zone)));
        Date start = BirthdayCalendar.startOfDay(today, zone);
        Date end = BirthdayCalendar.endOfDay(today, zone);
        assertTrue(!now.before(start) && now.before(new Date(end.getTime() + 1000)), now + " outside " + start + ".." + end);
        assertEquals(today, BirthdayCalendar.today(start, zone));
        assertEquals(today, BirthdayCalendar.today(end, zone));
        assertEquals(today.plusDays(1), BirthdayCalendar.today(new Date(end.getTime() + 1000), zone));
    }

    @Property(tries = 200)
    void hourlyRunsSeeEveryStoreDayOnceAcrossDaylightSavingChanges(@ForAll("days") LocalDate from, @ForAll("zones") ZoneId zone) {
        Instant t = from.atStartOfDay(zone).toInstant();
        LocalDate last = BirthdayCalendar.today(Date.from(t), zone);
        for (int hour = 1; hour <= 24 * 20; hour++) {
            LocalDate today = BirthdayCalendar.today(Date.from(t.plusSeconds(3600L * hour)), zone);
            assertTrue(today.equals(last) || today.equals(last.plusDays(1)), "after " + last + " came " + today + " in " + zone);
            last = today;
        }
        assertNotNull(last);
    }

    @Property(tries = 1000)
    void aWindowContainsExactlyItsDays(@ForAll("days") LocalDate first, @ForAll @IntRange(min = 0, max = 400) int length,
            @ForAll("birthdays") MonthDay probe) {
        LocalDate last = first.plusDays(length);
        MonthDayWindow window = MonthDayWindow.between(first, last);
        boolean inside = false;
        for (LocalDate d = first; !d.isAfter(last) && !inside; d = d.plusDays(1)) {
            inside = MonthDay.from(d).equals(probe);
        }
        int key = Birthday.key(probe.getMonthValue(), probe.getDayOfMonth());
        if (inside) {
            assertTrue(window.contains(key), probe + " in " + first + ".." + last + " but not in " + window);
        } else if (!probe.equals(MonthDay.of(2, 29))) {
            // 29 February lies between 28 February and 1 March in every window; other days are exact
            assertTrue(!window.contains(key), probe + " not in " + first + ".." + last + " but in " + window);
        }
    }
}
