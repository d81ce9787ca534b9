package org.evergreenloyalty.notification;

import java.util.Properties;

import org.evergreenloyalty.support.BoundedInt;

/**
 * The outbox sender's settings (bean {@code evgOutboxSettings}), each with its key, default and bounds in one
 * place, read from the {@code evergreen.mail.outbox.*} properties: sending threads, attempts and backoff, the
 * per-customer daily cap of marketing e-mails, page size and claim lease. A value out of bounds stops the start
 * with a message naming the key.
 */
public final class OutboxSettings {

    /** One setting: key, default, bounds. */
    enum Key {
        THREADS("evergreen.mail.outbox.threads", 4, 0, 32),
        MAX_ATTEMPTS("evergreen.mail.outbox.maxAttempts", 6, 1, 50),
        BACKOFF_SECONDS("evergreen.mail.outbox.backoffSeconds", 60, 1, 86400),
        MAX_BACKOFF_MINUTES("evergreen.mail.outbox.maxBackoffMinutes", 360, 1, 10080),
        MARKETING_PER_DAY("evergreen.mail.outbox.marketingPerDay", 3, 0, 1000),
        PAGE_SIZE("evergreen.mail.outbox.pageSize", 200, 1, 5000),
        LEASE_SECONDS("evergreen.mail.outbox.leaseSeconds", 300, 10, 86400);

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

        int read(Properties p) {
            return BoundedInt.read(p, key, fallback, min, max);
        }
    }

    private final int threads;
    private final int maxAttempts;
    private final long backoffMs;
    private final long maxBackoffMs;
    private final int marketingPerDay;
    private final int pageSize;
    private final long leaseMs;

    private OutboxSettings(Properties p) {
        this.threads = Key.THREADS.read(p);
        this.maxAttempts = Key.MAX_ATTEMPTS.read(p);
        this.backoffMs = Key.BACKOFF_SECONDS.read(p) * 1000L;
        this.maxBackoffMs = Key.MAX_BACKOFF_MINUTES.read(p) * 60_000L;
        this.marketingPerDay = Key.MARKETING_PER_DAY.read(p);
        this.pageSize = Key.PAGE_SIZE.read(p);
        this.leaseMs = Key.LEASE_SECONDS.read(p) * 1000L;
    }

    /** Reads and checks the settings. */
    public static OutboxSettings fromProperties(Properties p) {
        return new OutboxSettings(p);
    }

    /** Threads that talk to the mail server; 0 sends in the thread whose commit queued the e-mails. */
    public int getThreads() { return threads; }
    /** Attempts before an e-mail is given up as FAILED. */
    public int getMaxAttempts() { return maxAttempts; }
    /** Marketing e-mails a customer gets at most in any 24 hours; 0: no cap. */
    public int getMarketingPerDay() { return marketingPerDay; }
    /** E-mails claimed per round. */
    public int getPageSize() { return pageSize; }
    /** How long a claim holds before another node may take the e-mail over. */
    public long getLeaseMs() { return leaseMs; }

    /** Wait before attempt {@code failedAttempts + 1}: the base doubled per failure so far, at most the maximum. */
    public long backoffMs(int failedAttempts) {
        long wait = backoffMs;
        for (int i = 1; i < failedAttempts && wait < maxBackoffMs; i++) {
            wait *= 2;
        }
        return Math.min(wait, maxBackoffMs);
    }
}
