package org.evergreenloyalty.referral;

import java.util.Date;
import java.util.List;

/**
 * What the admin's Loyalty &gt; Referrals pages need: the list with filters, one referral with its decisions,
 * approving or rejecting with a reason, a full return of a first order, and the top advocates.
 */
public interface ReferralAdminService {

    /** Referrals matching the query, newest first. */
    ReferralPage search(ReferralQuery query);

    /** One referral, or null. */
    ReferralRow get(long referralId);

    /** The referral's decisions, oldest first. */
    List<ReferralDecision> decisions(long referralId);

    /**
     * Approves a FLAGGED referral: before the friend's first order it becomes PENDING (and the friend gets the
     * welcome code), after it QUALIFIED (the reward follows when the approval period ends).
     *
     * @throws ReferralException when it is not flagged, its first order was cancelled, or reason/admin are missing
     */
    Referral approve(long referralId, String reason, String adminUser);

    /**
     * Rejects a PENDING, QUALIFIED, FLAGGED or REWARDED referral; a granted reward is taken back, an unused
     * welcome code retired.
     *
     * @throws ReferralException when it is rejected already or reason/admin are missing
     */
    Referral reject(long referralId, String reason, String adminUser);

    /**
     * Records that the friend's first order {@code orderId} was returned in full (there is no return flow in
     * the store): like a cancellation, no reward, or the reward taken back.
     *
     * @return whether a referral changed
     */
    boolean firstOrderReturned(long orderId, String reason, String adminUser);

    /** The advocates with the most rewarded, then most referrals created in [from, to), at most {@code limit}. */
    List<AdvocateRanking> topAdvocates(Date from, Date to, int limit);
}
