package org.evergreenloyalty.insights;

import java.util.Collections;
import java.util.List;

/**
 * The referral funnel of a period, each step counted by the date of its own event: referral links followed,
 * friends who signed up through an advocate, friends' first orders, advocate rewards granted (not taken back);
 * the sign-ups waiting flagged by a fraud rule, the placed orders of referred customers, and the top advocates.
 */
public final class ReferralFunnel {

    private final long visits;
    private final long signups;
    private final long firstOrders;
    private final long rewards;
    private final long flagged;
    private final long rewardPoints;
    private final OrderTotal referredOrders;
    private final List<Advocate> topAdvocates;

    public ReferralFunnel(long[] counts, OrderTotal referredOrders, List<Advocate> topAdvocates) {
        this.visits = counts[0];
        this.signups = counts[1];
        this.firstOrders = counts[2];
        this.rewards = counts[3];
        this.flagged = counts[4];
        this.rewardPoints = counts[5];
        this.referredOrders = referredOrders;
        this.topAdvocates = Collections.unmodifiableList(topAdvocates);
    }

    /** Referral links followed with a valid code. */
    public long getVisits() { return visits; }
    /** Referrals made (friends attributed to an advocate). */
    public long getSignups() { return signups; }
    /** Friends' first orders. */
    public long getFirstOrders() { return firstOrders; }
    /** Advocate rewards granted and not taken back. */
    public long getRewards() { return rewards; }
    /** Sign-ups of the period still flagged by a fraud rule. */
    public long getFlagged() { return flagged; }
    /** Flagged ÷ sign-ups; null without sign-ups. */
    public Double getFlaggedShare() { return Ratios.share(flagged, signups); }
    /** Points of the rewards granted. */
    public long getRewardPoints() { return rewardPoints; }
    /** Sign-ups ÷ visits; null without visits. */
    public Double getSignupRate() { return Ratios.share(signups, visits); }
    /** First orders ÷ sign-ups; null without sign-ups. */
    public Double getOrderRate() { return Ratios.share(firstOrders, signups); }
    /** Placed orders (and their revenue) of referred customers in the period. */
    public OrderTotal getReferredOrders() { return referredOrders; }
    public List<Advocate> getTopAdvocates() { return topAdvocates; }

    /** One advocate's results in the period. */
    public static final class Advocate {
        private final long customerId;
        private final String name;
        private final long[] counts;

        /** {@code counts}: visits, sign-ups, first orders, rewards, reward points. */
        public Advocate(long customerId, String name, long[] counts) {
            this.customerId = customerId;
            this.name = name;
            this.counts = counts.clone();
        }

        public long getCustomerId() { return customerId; }
        /** The advocate's name or e-mail address; null when the customer no longer exists. */
        public String getName() { return name; }
        public long getVisits() { return counts[0]; }
        public long getSignups() { return counts[1]; }
        public long getFirstOrders() { return counts[2]; }
        public long getRewards() { return counts[3]; }
        public long getRewardPoints() { return counts[4]; }
    }
}
