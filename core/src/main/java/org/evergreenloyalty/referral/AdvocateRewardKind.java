package org.evergreenloyalty.referral;

/** What an advocate receives for a friend's first order: loyalty points or a personal discount code. */
public enum AdvocateRewardKind {
    POINTS,
    CODE
}
