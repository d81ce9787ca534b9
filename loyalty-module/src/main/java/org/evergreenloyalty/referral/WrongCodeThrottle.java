package org.evergreenloyalty.referral;

import java.util.Date;

/**
 * Limits wrong referral codes per session and per IP address in a time window, so codes cannot be found by
 * trying many. Counted in the database (EVG_REFERRAL_WRONG_CODE), so all nodes of a cluster share the count.
 */
public interface WrongCodeThrottle {

    /** Whether the visitor has used up the wrong tries of the window (then no code is even looked up). */
    boolean isBlocked(Visitor visitor, ReferralSettings settings);

    /** Counts one wrong code for the visitor's session and IP address (kept even if the caller's transaction fails). */
    void recordWrong(Visitor visitor);

    /** Deletes counts older than {@code before}; returns how many. */
    int purge(Date before);
}
