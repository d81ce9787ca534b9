package org.evergreenloyalty.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;

import org.junit.jupiter.api.Test;

/** The adjustable clock: moved by tests, started at a fixed instant by the test harness. */
class AdjustableClockTest {

    private static final long DAY = 24L * 60 * 60 * 1000;
    private static final Date YEAR_END = new Date(1798761000000L); // 2026-12-31T23:50:00Z

    @Test
    void withoutAStartTheClockFollowsTheSystemClockAndResetReturnsToIt() {
        AdjustableClock clock = new AdjustableClock();
        clock.advance(3 * DAY);
        assertNear(System.currentTimeMillis() + 3 * DAY, clock.now());
        clock.reset();
        assertNear(System.currentTimeMillis(), clock.now());
        assertEquals(null, clock.start());
    }

    @Test
    void startAtMakesNowThatInstantAndResetReturnsToIt() {
        AdjustableClock clock = new AdjustableClock();
        clock.startAt(YEAR_END);
        assertNear(YEAR_END.getTime(), clock.now());
        clock.advance(400 * DAY);
        assertNear(YEAR_END.getTime() + 400 * DAY, clock.now());
        clock.reset();
        assertNear(YEAR_END.getTime(), clock.now());
        assertEquals(YEAR_END, clock.start());
    }

    @Test
    void theStartIsGivenAsAnIsoInstantOrBlankForTheSystemClock() {
        AdjustableClock clock = new AdjustableClock();
        clock.setStart("2026-12-31T23:50:00Z");
        assertNear(YEAR_END.getTime(), clock.now());
        clock.setStart(" ");
        assertNear(System.currentTimeMillis(), clock.now());
        assertEquals(null, clock.start());
    }

    @Test
    void startAtNullGoesBackToTheSystemClock() {
        AdjustableClock clock = new AdjustableClock();
        clock.startAt(YEAR_END);
        clock.startAt(null);
        clock.reset();
        assertNear(System.currentTimeMillis(), clock.now());
    }

    private static void assertNear(long expected, Date actual) {
        assertTrue(Math.abs(actual.getTime() - expected) < 5_000, "expected about " + new Date(expected) + " but was " + actual);
    }
}
