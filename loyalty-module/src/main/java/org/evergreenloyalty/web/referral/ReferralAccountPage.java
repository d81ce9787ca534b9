package org.evergreenloyalty.web.referral;

import org.evergreenloyalty.referral.AdvocateSummary;

/**
 * The model of {@code /account/referrals} (attribute {@code evgReferrals}): the engine's summary plus the
 * texts that depend on the shopper's language and currency, and the share links.
 */
public final class ReferralAccountPage {

    private final AdvocateSummary summary;
    private final String friendDiscount;
    private final String advocateReward;
    private final String ownWelcomeDiscount;
    private final ShareLinks share;
    private final int inviteMaxAddresses;

    public ReferralAccountPage(AdvocateSummary summary, String friendDiscount, String advocateReward, String ownWelcomeDiscount,
                               ShareLinks share, int inviteMaxAddresses) {
        this.summary = summary;
        this.friendDiscount = friendDiscount;
        this.advocateReward = advocateReward;
        this.ownWelcomeDiscount = ownWelcomeDiscount;
        this.share = share;
        this.inviteMaxAddresses = inviteMaxAddresses;
    }

    public AdvocateSummary getSummary() { return summary; }
    /** What a friend gets, e.g. "10%" or "$5.00 on orders from $50.00". */
    public String getFriendDiscount() { return friendDiscount; }
    /** What the advocate gets, e.g. "500 points". */
    public String getAdvocateReward() { return advocateReward; }
    /** The customer's own welcome discount as text, or null. */
    public String getOwnWelcomeDiscount() { return ownWelcomeDiscount; }
    public ShareLinks getShare() { return share; }
    public int getInviteMaxAddresses() { return inviteMaxAddresses; }
}
