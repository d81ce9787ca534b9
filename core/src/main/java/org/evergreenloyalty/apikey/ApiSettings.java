package org.evergreenloyalty.apikey;

import java.util.Properties;

import org.evergreenloyalty.support.BoundedInt;

/**
 * The store API's settings (bean {@code evgApiSettings}), each with its key, default and bounds in one place, read
 * from the {@code evergreen.api.*} properties: the rate limits per key and per client address, how long idempotency
 * records are kept, and how often a key's last-used time is written. A value out of bounds stops the start with a
 * message naming the key.
 */
public final class ApiSettings {

    /** One setting: key, default, bounds. */
    public enum Key {
        RATE_PER_KEY("evergreen.api.rateLimit.perKeyPerMinute", 600, 1, 10_000_000),
        RATE_PER_CLIENT("evergreen.api.rateLimit.perClientPerMinute", 1200, 1, 10_000_000),
        IDEMPOTENCY_HOURS("evergreen.api.idempotency.retentionHours", 48, 1, 8760),
        LAST_USED_SECONDS("evergreen.api.keys.lastUsedIntervalSeconds", 60, 0, 86400);

        final String key;
        final int fallback;
        final int min;
        final int max;

        Key(String key, int fallback, int min, int max) {
            this.key = key;
            this.fallback = fallback;
            this.min = min;
            this.max = max;
        }

        /** The property's name. */
        public String key() { return key; }
        /** Its default. */
        public int fallback() { return fallback; }

        int read(Properties p) {
            return BoundedInt.read(p, key, fallback, min, max);
        }
    }

    private final int perKeyPerMinute;
    private final int perClientPerMinute;
    private final int idempotencyHours;
    private final int lastUsedSeconds;

    private ApiSettings(Properties p) {
        this.perKeyPerMinute = Key.RATE_PER_KEY.read(p);
        this.perClientPerMinute = Key.RATE_PER_CLIENT.read(p);
        this.idempotencyHours = Key.IDEMPOTENCY_HOURS.read(p);
        this.lastUsedSeconds = Key.LAST_USED_SECONDS.read(p);
    }

    /** Reads and checks the settings. */
    public static ApiSettings fromProperties(Properties p) {
        return new ApiSettings(p);
    }

    /** Calls one key may make per minute. */
    public int getPerKeyPerMinute() { return perKeyPerMinute; }
    /** Calls one client address may make per minute (with any key, or none). */
    public int getPerClientPerMinute() { return perClientPerMinute; }
    /** How long an idempotency key's first answer is replayed. */
    public int getIdempotencyHours() { return idempotencyHours; }
    /** At most one write of a key's last-used time per this many seconds. */
    public int getLastUsedSeconds() { return lastUsedSeconds; }
}
