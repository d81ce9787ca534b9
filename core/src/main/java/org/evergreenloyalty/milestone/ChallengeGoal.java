package org.evergreenloyalty.milestone;

/** What a challenge asks for within its days: a number of orders, approved reviews, rewarded referrals, or a spend. */
public enum ChallengeGoal {
    ORDERS,
    REVIEWS,
    REFERRALS,
    SPEND;

    /** The milestone kind counting the same thing (progress is worked out alike). */
    MilestoneKind counts() {
        return MilestoneKind.valueOf(name());
    }
}
