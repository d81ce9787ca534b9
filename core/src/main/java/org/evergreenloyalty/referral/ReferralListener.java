package org.evergreenloyalty.referral;

/**
 * Learns of a referral's change of status (qualified, rewarded, rejected) inside the transaction that decides
 * it, so what it writes commits or rolls back with the decision.
 */
public interface ReferralListener {

    /** {@code referral} has just moved to {@code to} (its fields already show the new state). */
    void statusChanged(Referral referral, ReferralStatus to);
}
