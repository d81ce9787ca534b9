package org.evergreenloyalty.milestone;

/**
 * What a milestone counts: the customer's orders (1 for the first order, 5 for the fifth ...), approved reviews,
 * rewarded referrals, lifetime spend (the earning base of orders that stand), or years of membership.
 */
public enum MilestoneKind {
    ORDERS,
    REVIEWS,
    REFERRALS,
    SPEND,
    ANNIVERSARY
}
