package org.evergreenloyalty.webhook;

import java.util.Properties;

import org.evergreenloyalty.support.BoundedInt;

/**
 * The webhook sender's settings (bean {@code evgWebhookSettings}), each with its key, default and bounds in one
 * place, read from the {@code evergreen.webhooks.*} properties: timeouts, attempts and backoff, the run of failures
 * that disables a subscription, page size, claim lease and sending threads. A value out of bounds stops the start
 * with a message naming the key.
 */
public final class WebhookSettings {

    /** One setting: key, default, bounds. */
    public enum Key {
        CONNECT_TIMEOUT_MS("evergreen.webhooks.connectTimeoutMs", 5000, 100, 60000),
        READ_TIMEOUT_MS("evergreen.webhooks.readTimeoutMs", 10000, 100, 120000),
        MAX_ATTEMPTS("evergreen.webhooks.maxAttempts", 10, 1, 50),
        BACKOFF_SECONDS("evergreen.webhooks.backoffSeconds", 30, 1, 86400),
        MAX_BACKOFF_MINUTES("evergreen.webhooks.maxBackoffMinutes", 720, 1, 10080),
        DISABLE_AFTER_FAILURES("evergreen.webhooks.disableAfterFailures", 25, 1, 10000),
        PAGE_SIZE("evergreen.webhooks.pageSize", 50, 1, 1000),
        LEASE_SECONDS("evergreen.webhooks.leaseSeconds", 600, 10, 86400),
        THREADS("evergreen.webhooks.threads", 1, 0, 1);

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

    private final int connectTimeoutMs;
    private final int readTimeoutMs;
    private final int maxAttempts;
    private final long backoffMs;
    private final long maxBackoffMs;
    private final int disableAfterFailures;
    private final int pageSize;
    private final long leaseMs;
    private final int threads;

    private WebhookSettings(Properties p) {
        this.connectTimeoutMs = Key.CONNECT_TIMEOUT_MS.read(p);
        this.readTimeoutMs = Key.READ_TIMEOUT_MS.read(p);
        this.maxAttempts = Key.MAX_ATTEMPTS.read(p);
        this.backoffMs = Key.BACKOFF_SECONDS.read(p) * 1000L;
        this.maxBackoffMs = Key.MAX_BACKOFF_MINUTES.read(p) * 60_000L;
        this.disableAfterFailures = Key.DISABLE_AFTER_FAILURES.read(p);
        this.pageSize = Key.PAGE_SIZE.read(p);
        this.leaseMs = Key.LEASE_SECONDS.read(p) * 1000L;
        this.threads = Key.THREADS.read(p);
        if (leaseMs <= 2L * (connectTimeoutMs + readTimeoutMs)) {
            throw new IllegalArgumentException(Key.LEASE_SECONDS.key + " must be more than twice " + Key.CONNECT_TIMEOUT_MS.key
                    + " + " + Key.READ_TIMEOUT_MS.key + ", was " + leaseMs / 1000 + " s");
        }
    }

    /** Reads and checks the settings. */
    public static WebhookSettings fromProperties(Properties p) {
        return new WebhookSettings(p);
    }

    /** How long connecting to a receiver may take. */
    public int getConnectTimeoutMs() { return connectTimeoutMs; }
    /** How long a receiver may take to answer. */
    public int getReadTimeoutMs() { return readTimeoutMs; }
    /** Attempts before a delivery is FAILED. */
    public int getMaxAttempts() { return maxAttempts; }
    /** Failed attempts in a row after which a subscription is disabled. */
    public int getDisableAfterFailures() { return disableAfterFailures; }
    /** Deliveries claimed per round. */
    public int getPageSize() { return pageSize; }
    /** How long a claim holds before another node may take the delivery over. */
    public long getLeaseMs() { return leaseMs; }
    /** 1: the after-commit nudge sends in a background thread; 0: in the committing thread. */
    public int getThreads() { return threads; }

    /** Wait before attempt {@code failedAttempts + 1}: the base doubled per failure so far, at most the maximum. */
    public long backoffMs(int failedAttempts) {
        long wait = backoffMs;
        for (int i = 1; i < failedAttempts && wait < maxBackoffMs; i++) {
            wait *= 2;
        }
        return Math.min(wait, maxBackoffMs);
    }
}
