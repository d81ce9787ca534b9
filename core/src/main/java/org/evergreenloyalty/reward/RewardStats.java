package org.evergreenloyalty.reward;

/** What became of one catalogue entry's claims: claimed, used, refunded, and the points they cost (refunds excluded). */
public final class RewardStats {

    /** No claims yet. */
    public static final RewardStats NONE = new RewardStats(0, 0, 0, 0);

    private final long claimed;
    private final long used;
    private final long refunded;
    private final long pointsSpent;

    public RewardStats(long claimed, long used, long refunded, long pointsSpent) {
        this.claimed = claimed;
        this.used = used;
        this.refunded = refunded;
        this.pointsSpent = pointsSpent;
    }

    public long getClaimed() { return claimed; }
    public long getUsed() { return used; }
    public long getRefunded() { return refunded; }
    public long getPointsSpent() { return pointsSpent; }
}
