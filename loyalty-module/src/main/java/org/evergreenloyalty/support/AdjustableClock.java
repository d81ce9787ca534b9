package org.evergreenloyalty.support;

import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The system clock plus an offset that can be moved forward (or back). The default bean; the
 * offset stays 0 in production, and tests or the demo store's admin "time travel" move it.
 */
public class AdjustableClock implements Clock {

    private final AtomicLong offsetMillis = new AtomicLong();

    @Override
    public Date now() {
        return new Date(System.currentTimeMillis() + offsetMillis.get());
    }

    /** Moves the clock by {@code millis}. */
    public void advance(long millis) {
        offsetMillis.addAndGet(millis);
    }

    /** Back to the system clock. */
    public void reset() {
        offsetMillis.set(0);
    }
}
