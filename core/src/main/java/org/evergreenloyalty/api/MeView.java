package org.evergreenloyalty.api;

/**
 * {@code GET me}: the signed-in customer's balances, points expiring soon and tier progress, as JSON fields.
 */
public final class MeView {

    private final long customerId;
    private final long available;
    private final long pending;
    private final long spendable;
    private final long held;
    private final long lifetimeEarned;
    private final Expiring expiringSoon;
    private final TierView tier;

    public MeView(long customerId, long available, long pending, long spendable, long held, long lifetimeEarned,
                  Expiring expiringSoon, TierView tier) {
        this.customerId = customerId;
        this.available = available;
        this.pending = pending;
        this.spendable = spendable;
        this.held = held;
        this.lifetimeEarned = lifetimeEarned;
        this.expiringSoon = expiringSoon;
        this.tier = tier;
    }

    public long getCustomerId() { return customerId; }
    /** Points spendable now (negative after a return took back spent points). */
    public long getAvailable() { return available; }
    /** Points earned but not yet spendable. */
    public long getPending() { return pending; }
    /** Available points not held by a cart's points discount. */
    public long getSpendable() { return spendable; }
    /** Points held by a points discount on a cart. */
    public long getHeld() { return held; }
    public long getLifetimeEarned() { return lifetimeEarned; }
    public Expiring getExpiringSoon() { return expiringSoon; }
    /** The tier and progress, or null when the store has no tiers. */
    public TierView getTier() { return tier; }

    /** Points expiring within the reminder window and the first day some of them expire. */
    public static final class Expiring {
        private final long points;
        private final String firstExpiry;
        private final int windowDays;

        public Expiring(long points, String firstExpiry, int windowDays) {
            this.points = points;
            this.firstExpiry = firstExpiry;
            this.windowDays = windowDays;
        }

        public long getPoints() { return points; }
        /** ISO 8601 instant, or null when nothing expires soon. */
        public String getFirstExpiry() { return firstExpiry; }
        /** How far ahead "soon" looks, in days. */
        public int getWindowDays() { return windowDays; }
    }

    /** The current and next tier, what qualifies (basis) and how far the customer is. */
    public static final class TierView {
        private final String current;
        private final String next;
        private final String basis;
        private final long qualifyingValue;
        private final Long nextThreshold;
        private final long remainingToNext;
        private final int progressPercent;

        public TierView(String current, String next, String basis, long qualifyingValue, Long nextThreshold,
                        long remainingToNext, int progressPercent) {
            this.current = current;
            this.next = next;
            this.basis = basis;
            this.qualifyingValue = qualifyingValue;
            this.nextThreshold = nextThreshold;
            this.remainingToNext = remainingToNext;
            this.progressPercent = progressPercent;
        }

        /** Name of the current tier, or null below the first. */
        public String getCurrent() { return current; }
        /** Name of the next tier, or null at the top. */
        public String getNext() { return next; }
        /** POINTS_12_MONTHS or SPEND_12_MONTHS. */
        public String getBasis() { return basis; }
        public long getQualifyingValue() { return qualifyingValue; }
        public Long getNextThreshold() { return nextThreshold; }
        public long getRemainingToNext() { return remainingToNext; }
        public int getProgressPercent() { return progressPercent; }
    }
}
