package org.evergreenloyalty.referral;

import org.evergreenloyalty.customer.CustomerContact;

/** An advocate's results in a period, for the admin's top-advocates list. */
public final class AdvocateRanking {

    private final long advocateId;
    private final CustomerContact advocate;
    private final long referrals;
    private final long qualified;
    private final long rewarded;
    private final long points;

    public AdvocateRanking(long advocateId, CustomerContact advocate, long referrals, long qualified, long rewarded, long points) {
        this.advocateId = advocateId;
        this.advocate = advocate;
        this.referrals = referrals;
        this.qualified = qualified;
        this.rewarded = rewarded;
        this.points = points;
    }

    public long getAdvocateId() { return advocateId; }
    /** Contact data, or null when the customer no longer exists. */
    public CustomerContact getAdvocate() { return advocate; }
    /** Friends who signed up through the advocate. */
    public long getReferrals() { return referrals; }
    /** Of those, friends whose first order is in and not rejected (qualified or rewarded). */
    public long getQualified() { return qualified; }
    /** Rewards granted and not taken back. */
    public long getRewarded() { return rewarded; }
    /** Points granted through those rewards. */
    public long getPoints() { return points; }
}
