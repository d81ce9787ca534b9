package org.evergreenloyalty.referral;

/**
 * Where a referral stands. PENDING: the friend signed up and has not ordered yet. QUALIFIED: the friend's
 * first order went through and waits out the approval period. REWARDED: the advocate got the reward.
 * REJECTED: no reward (cancelled order, cap, admin), or a reward taken back. FLAGGED: a fraud rule fired;
 * it waits for an admin to approve or reject it.
 */
public enum ReferralStatus {
    PENDING,
    QUALIFIED,
    REWARDED,
    REJECTED,
    FLAGGED
}
