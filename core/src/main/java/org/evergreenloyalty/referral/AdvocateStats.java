package org.evergreenloyalty.referral;

/** An advocate's numbers: invited, signed up, ordered, rewards earned and pending, points earned. */
public final class AdvocateStats {

    private final long invited;
    private final long signedUp;
    private final long ordered;
    private final long rewarded;
    private final long pending;
    private final long pointsEarned;

    public AdvocateStats(long invited, long signedUp, long ordered, long rewarded, long pending, long pointsEarned) {
        this.invited = invited;
        this.signedUp = signedUp;
        this.ordered = ordered;
        this.rewarded = rewarded;
        this.pending = pending;
        this.pointsEarned = pointsEarned;
    }

    /** Invitation e-mails sent. */
    public long getInvited() { return invited; }
    /** Friends who registered through the advocate. */
    public long getSignedUp() { return signedUp; }
    /** Of those, friends who placed their first order. */
    public long getOrdered() { return ordered; }
    /** Rewards granted (and not taken back). */
    public long getRewarded() { return rewarded; }
    /** Rewards waiting for the approval period (or a review). */
    public long getPending() { return pending; }
    /** Points earned through rewards. */
    public long getPointsEarned() { return pointsEarned; }
}
