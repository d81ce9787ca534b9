package org.evergreenloyalty.points;

/** Where a customer stands: current tier (may be null), next tier (may be null) and progress towards it. */
public final class TierStatus {

    private final LoyaltyTier current;
    private final LoyaltyTier next;
    private final long qualifyingValue;
    private final TierBasis basis;

    public TierStatus(LoyaltyTier current, LoyaltyTier next, long qualifyingValue, TierBasis basis) {
        this.current = current;
        this.next = next;
        this.qualifyingValue = qualifyingValue;
        this.basis = basis;
    }

    public LoyaltyTier getCurrent() { return current; }
    public LoyaltyTier getNext() { return next; }
    public long getQualifyingValue() { return qualifyingValue; }
    public TierBasis getBasis() { return basis; }

    /** How much more is needed to reach the next tier (0 when there is none). */
    public long getRemainingToNext() {
        return next == null ? 0 : Math.max(0, next.getThreshold() - qualifyingValue);
    }

    /** Progress towards the next tier from the current one, 0 to 100 (100 when at the top). */
    public int getProgressPercent() {
        if (next == null) {
            return 100;
        }
        long from = current == null ? 0 : current.getThreshold();
        long span = Math.max(1, next.getThreshold() - from);
        long done = Math.max(0, qualifyingValue - from);
        return (int) Math.min(100, done * 100 / span);
    }
}
