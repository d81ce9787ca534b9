package org.evergreenloyalty.apikey;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.evergreenloyalty.support.Clock;

/**
 * The store API's rate limits (bean {@code evgApiRateLimiter}): a fixed window of one minute per API key and per
 * client address, counted in this node's memory (behind a load balancer each node allows the limit). A call over a
 * limit is refused with the seconds until the window ends, for the {@code Retry-After} header.
 */
public class ApiRateLimiter {

    /** Counters kept before old windows are swept. */
    private static final int SWEEP_AT = 10_000;
    private static final long WINDOW_MS = 60_000L;

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<String, Window>();
    private volatile int perKey;
    private volatile int perClient;

    public ApiRateLimiter(ApiSettings settings, Clock clock) {
        this.clock = clock;
        this.perKey = settings.getPerKeyPerMinute();
        this.perClient = settings.getPerClientPerMinute();
    }

    /** Changes the limits at run time (a store's operations console, and tests); counts so far stay. */
    public void setLimits(int perKeyPerMinute, int perClientPerMinute) {
        this.perKey = Math.max(1, perKeyPerMinute);
        this.perClient = Math.max(1, perClientPerMinute);
    }

    public int getPerKey() { return perKey; }
    public int getPerClient() { return perClient; }

    /** Counts a call of the client {@code address}; 0 when allowed, else the seconds to wait. */
    public long clientCall(String address) {
        return count("ip:" + address, perClient);
    }

    /** Counts a call with the key {@code keyId}; 0 when allowed, else the seconds to wait. */
    public long keyCall(long keyId) {
        return count("key:" + keyId, perKey);
    }

    private long count(String who, int limit) {
        long now = clock.now().getTime();
        long window = now / WINDOW_MS;
        if (windows.size() > SWEEP_AT) {
            sweep(window);
        }
        Window w = windows.compute(who, (k, old) -> old == null || old.window != window ? new Window(window) : old);
        if (w.calls.incrementAndGet() <= limit) {
            return 0;
        }
        return Math.max(1, ((window + 1) * WINDOW_MS - now + 999) / 1000);
    }

    private void sweep(long current) {
        for (Iterator<Window> i = windows.values().iterator(); i.hasNext();) {
            if (i.next().window != current) {
                i.remove();
            }
        }
    }

    /** One minute's count. */
    private static final class Window {
        final long window;
        final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

        Window(long window) {
            this.window = window;
        }
    }
}
