package org.evergreenloyalty.referral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything the advocate's referral page shows: the code and link, what the friend gets and what the
 * advocate gets, the numbers, the recent referrals, and the customer's own welcome discount if they were
 * referred themselves.
 */
public final class AdvocateSummary {

    private final String code;
    private final String link;
    private final DiscountTerms friendTerms;
    private final AdvocateRewardKind rewardKind;
    private final long rewardPoints;
    private final DiscountTerms rewardCodeTerms;
    private final int approvalDays;
    private final boolean enabled;
    private final AdvocateStats stats;
    private final List<ReferralLine> referrals;
    private final WelcomeDiscount ownWelcomeDiscount;

    public AdvocateSummary(String code, String link, ReferralSettings s, AdvocateStats stats, List<ReferralLine> referrals,
                           WelcomeDiscount ownWelcomeDiscount) {
        this.code = code;
        this.link = link;
        this.friendTerms = DiscountTerms.friend(s);
        this.rewardKind = s.getAdvocateRewardKind();
        this.rewardPoints = s.getAdvocatePoints();
        this.rewardCodeTerms = DiscountTerms.advocateCode(s);
        this.approvalDays = s.getApprovalDays();
        this.enabled = s.isEnabled();
        this.stats = stats;
        this.referrals = Collections.unmodifiableList(new ArrayList<ReferralLine>(referrals));
        this.ownWelcomeDiscount = ownWelcomeDiscount;
    }

    public String getCode() { return code; }
    /** The code in two groups for reading, e.g. K7M3Q-X9PAB. */
    public String getDisplayCode() { return ReferralCodeFormat.display(code); }
    public String getLink() { return link; }
    public DiscountTerms getFriendTerms() { return friendTerms; }
    public AdvocateRewardKind getRewardKind() { return rewardKind; }
    public boolean isPointsReward() { return rewardKind == AdvocateRewardKind.POINTS; }
    public long getRewardPoints() { return rewardPoints; }
    public DiscountTerms getRewardCodeTerms() { return rewardCodeTerms; }
    public int getApprovalDays() { return approvalDays; }
    /** Whether the programme accepts new referrals. */
    public boolean isEnabled() { return enabled; }
    public AdvocateStats getStats() { return stats; }
    /** The most recent referrals, newest first. */
    public List<ReferralLine> getReferrals() { return referrals; }
    /** The customer's own unused first-order discount from being referred, or null. */
    public WelcomeDiscount getOwnWelcomeDiscount() { return ownWelcomeDiscount; }
}
