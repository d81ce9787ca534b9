package org.evergreenloyalty.broadleaf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;

import javax.annotation.Resource;

import org.broadleafcommerce.common.time.SystemTime;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The test harness's time: the module clock starts at {@code -Devergreen.test.clockStart} (today without it),
 * {@code reset()} returns there, and Broadleaf's own time follows the module clock, moves included.
 */
@BroadleafIntegrationTest
class TestClockTest {

    private static final long DAY = 24L * 60 * 60 * 1000;

    @Resource(name = "evgClock")
    AdjustableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void resetReturnsToTheConfiguredStartOrToday() {
        clock.advance(400 * DAY);
        clock.reset();
        Instant start = TestClock.configuredStart();
        long expected = start == null ? System.currentTimeMillis() : start.toEpochMilli();
        assertNear(expected, clock.now().getTime(), "module clock after reset");
    }

    @Test
    void broadleafTimeFollowsTheModuleClockForwardAndBack() {
        assertNear(clock.now().getTime(), SystemTime.asMillis(), "Broadleaf's time at the start");
        clock.advance(366 * DAY);
        assertNear(clock.now().getTime(), SystemTime.asMillis(), "Broadleaf's time a year on");
        Date later = SystemTime.getCurrentDateWithinTimeResolution(SystemTime.asDate(), 10_000L);
        clock.reset();
        Date back = SystemTime.getCurrentDateWithinTimeResolution(later, 10_000L);
        assertNear(clock.now().getTime(), back.getTime(), "Broadleaf's cached 'now' after the clock went back");
    }

    private static void assertNear(long expected, long actual, String what) {
        assertTrue(Math.abs(actual - expected) < 5_000, what + ": expected about " + new Date(expected) + " but was " + new Date(actual));
    }
}
