package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.evergreenloyalty.support.TwelveMonths;

/**
 * Properties of the points dates over random instants, year ends, leap days and daylight-saving changes drawn
 * often: an expiry is never before the earn and lies exactly the expiry period after it; the rolling 12 months of
 * the tiers hold exactly the instants of the last twelve calendar months.
 */
class PointsDatesPropertiesTest {

    private static final ZoneId[] ZONES = {
        ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney")
    };
    private static final long DAY = 24L * 60 * 60 * 1000;

    /** Local times from 1999 to 2101, often within days of a year end, a leap day or a daylight-saving change. */
    @Provide
    Arbitrary<LocalDateTime> times() {
        Arbitrary<Integer> minute = Arbitraries.integers().between(0, 24 * 60 - 1);
        Arbitrary<LocalDate> any = Arbitraries.integers().between(1999, 2101)
                .flatMap(y -> Arbitraries.integers().between(0, 364).map(d -> LocalDate.of(y, 1, 1).plusDays(d)));
        Arbitrary<LocalDate> edges = Arbitraries.integers().between(2000, 2099)
                .flatMap(y -> Arbitraries.of(LocalDate.of(y, 12, 31), LocalDate.of(y - y % 4, 2, 29),
                        LocalDate.of(y, 3, 1), LocalDate.of(y, 3, 29), LocalDate.of(y, 10, 27), LocalDate.of(y, 11, 2))
                        .flatMap(d -> Arbitraries.integers().between(-3, 3).map(d::plusDays)));
        Arbitrary<LocalDate> day = Arbitraries.frequencyOf(Tuple.of(1, any), Tuple.of(1, edges));
        return day.flatMap(d -> minute.map(m -> d.atStartOfDay().plusMinutes(m)));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZONES);
    }

    @Property(tries = 1000)
    void anExpiryIsNeverBeforeTheEarnAndLiesTheExpiryPeriodAfterIt(@ForAll("times") LocalDateTime earned,
            @ForAll("zones") ZoneId zone, @ForAll @IntRange(min = 1, max = 3650) int expiryDays, @ForAll ExpiryMode mode) {
        PointsSettings s = new PointsSettings();
        s.setExpiryMode(mode);
        s.setExpiryDays(expiryDays);
        Date now = Date.from(earned.atZone(zone).toInstant());
        Date expires = new ExpiryPolicy(null).expiryOfNewPoints(s, now);
        if (mode == ExpiryMode.NONE) {
            assertNull(expires);
            return;
        }
        assertTrue(expires.after(now), "expires " + expires + " not after the earn " + now);
        assertEquals(expiryDays * DAY, expires.getTime() - now.getTime());
    }

    @Property(tries = 2000)
    void theRolling12MonthsHoldExactlyTheLastTwelveCalendarMonths(@ForAll("times") LocalDateTime now,
            @ForAll("times") LocalDateTime other, @ForAll("zones") ZoneId zone) {
        ZonedDateTime n = now.atZone(zone);
        Date since = TwelveMonths.before(Date.from(n.toInstant()), zone);
        ZonedDateTime s = since.toInstant().atZone(zone);
        assertTrue(s.isBefore(n));
        assertEquals(n.toLocalDate().minusMonths(12), s.toLocalDate(), "12 months before " + n);
        long days = java.time.temporal.ChronoUnit.DAYS.between(s.toLocalDate(), n.toLocalDate());
        assertTrue(days == 365 || days == 366, days + " days in the 12 months before " + n);
        // an instant a whole number of days (1..364) before now is always in, 367 or more never
        ZonedDateTime o = other.atZone(zone);
        long back = java.time.temporal.ChronoUnit.DAYS.between(o.toLocalDate(), n.toLocalDate());
        boolean in = !Date.from(o.toInstant()).before(since) && !o.isAfter(n);
        if (back >= 1 && back <= 364) {
            assertTrue(in, o + " (" + back + " days before " + n + ") is within 12 months");
        } else if (back >= 367 || back < 0) {
            assertTrue(!in, o + " is not within the 12 months before " + n);
        }
    }

    /** Found by the property above: 365 days back left out the first day of 12 months with a 29 February in them. */
    @Example
    void anOrderTwelveMonthsAgoCountsAlsoWhenThoseMonthsHoldA29February() {
        ZoneId utc = ZoneId.of("UTC");
        Date now = Date.from(ZonedDateTime.of(2028, 3, 1, 13, 0, 0, 0, utc).toInstant());
        Date order = Date.from(ZonedDateTime.of(2027, 3, 1, 14, 0, 0, 0, utc).toInstant());
        assertTrue(!order.before(TwelveMonths.before(now, utc)), "an order on 1 March 2027 is within the 12 months up to 1 March 2028");
        Date leapDay = Date.from(ZonedDateTime.of(2028, 2, 29, 10, 0, 0, 0, utc).toInstant());
        assertEquals(Date.from(ZonedDateTime.of(2027, 2, 28, 10, 0, 0, 0, utc).toInstant()), TwelveMonths.before(leapDay, utc));
    }
}
