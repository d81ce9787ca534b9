package org.evergreenloyalty.support;

import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system clock plus an offset that can be moved forward (or back). The default bean; the
 * offset stays 0 in production, and tests or the demo store's admin "time travel" move it.
 * A start instant ({@link #startAt}) makes the clock begin there instead of at the system time, and
 * {@link #reset()} go back to it: the test harness runs whole suites "on" a chosen date that way.
 */
public class AdjustableClock implements Clock {

    private final AtomicLong offsetMillis = new AtomicLong();
    private volatile Date start;

    @Override
    public Date now() {
        return new Date(System.currentTimeMillis() + offsetMillis.get());
    }

    /** Moves the clock by {@code millis}. */
    public void advance(long millis) {
        offsetMillis.addAndGet(millis);
    }

    /** Back to the start instant ({@link #startAt}), or to the system clock when there is none. */
    public void reset() {
        Date s = start;
        offsetMillis.set(s == null ? 0 : s.getTime() - System.currentTimeMillis());
    }

    /** Makes {@code instant} "now" and the instant {@link #reset()} returns to; {@code null}: the system clock. */
    public void startAt(Date instant) {
        start = instant == null ? null : new Date(instant.getTime());
        reset();
    }

    /** {@link #startAt} from an ISO-8601 instant such as {@code 2026-12-31T23:50:00Z}; null or blank: the system clock. */
    public void setStart(String isoInstant) {
        startAt(isoInstant == null || isoInstant.trim().isEmpty() ? null : Date.from(Instant.parse(isoInstant.trim())));
    }

    /** The start instant, or {@code null} when {@link #reset()} returns to the system clock. */
    public Date start() {
        Date s = start;
        return s == null ? null : new Date(s.getTime());
    }
}
