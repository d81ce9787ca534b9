package org.evergreenloyalty.test;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.evergreenloyalty.support.AdjustableClock;
import org.springframework.context.ApplicationContext;

/**
 * The time of a test JVM. System property {@value #START_PROPERTY} (an ISO instant such as
 * {@code 2026-12-31T23:50:00Z}; absent or blank: today) is where the module clock {@code evgClock} starts and
 * where {@code clock.reset()} returns to (the test XML passes it to the bean), and Broadleaf's own time
 * ({@link SystemTime}: offer start/end dates, catalog active dates) follows the module clock, so codes the
 * module issues at a moved time are valid in Broadleaf's eyes at that time.
 */
public final class TestClock {

    /** The system property with the instant the tests' clock starts at. */
    public static final String START_PROPERTY = "evergreen.test.clockStart";

    private TestClock() {
    }

    /** The configured start, or {@code null} for today; a malformed value stops the run with a clear message. */
    public static Instant configuredStart() {
        String value = System.getProperty(START_PROPERTY);
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("-D" + START_PROPERTY + "=" + value
                    + " is not an ISO instant such as 2026-12-31T23:50:00Z", e);
        }
    }

    /**
     * Makes Broadleaf's {@link SystemTime} read the context's module clock (a {@link FixedTimeSource} to
     * Broadleaf, so its DAOs do not cache a "now" across the clock's moves, backwards included).
     */
    public static AdjustableClock followModuleClock(ApplicationContext context) {
        AdjustableClock clock = context.getBean("evgClock", AdjustableClock.class);
        Instant start = configuredStart();
        if (start != null && clock.start() == null) {
            clock.startAt(java.util.Date.from(start));
        }
        SystemTime.setGlobalTimeSource(new ModuleClockTimeSource(clock));
        System.out.println("[evergreen tests] clock starts at " + (start == null ? "the system time" : start.toString())
                + "; now " + clock.now().toInstant());
        return clock;
    }

    /** Broadleaf's time source reading the module clock. */
    static final class ModuleClockTimeSource extends FixedTimeSource {

        private final AdjustableClock clock;

        ModuleClockTimeSource(AdjustableClock clock) {
            super(0L);
            this.clock = clock;
        }

        @Override
        public long timeInMillis() {
            return clock.now().getTime();
        }
    }
}
