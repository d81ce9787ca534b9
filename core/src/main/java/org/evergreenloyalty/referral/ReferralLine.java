package org.evergreenloyalty.referral;

import java.util.Date;

/** One of an advocate's referrals as the advocate may see it: the friend's first name and initial, status and dates. */
public final class ReferralLine {

    private final String friendName;
    private final ReferralStatus status;
    private final Date signedUpAt;
    private final Date rewardDueAt;
    private final Date rewardedAt;
    private final Long rewardPoints;
    private final String rewardCode;

    public ReferralLine(String friendName, ReferralStatus status, Date signedUpAt, Date rewardDueAt, Date rewardedAt,
                        Long rewardPoints, String rewardCode) {
        this.friendName = friendName;
        this.status = status;
        this.signedUpAt = copy(signedUpAt);
        this.rewardDueAt = copy(rewardDueAt);
        this.rewardedAt = copy(rewardedAt);
        this.rewardPoints = rewardPoints;
        this.rewardCode = rewardCode;
    }

    public String getFriendName() { return friendName; }
    public ReferralStatus getStatus() { return status; }
    /** The message key of the status as the advocate reads it. */
    public String getStatusKey() { return "evergreen.referral.status." + status.name().toLowerCase(); }
    public Date getSignedUpAt() { return copy(signedUpAt); }
    public Date getRewardDueAt() { return copy(rewardDueAt); }
    public Date getRewardedAt() { return copy(rewardedAt); }
    public Long getRewardPoints() { return rewardPoints; }
    /** The advocate's reward code, for code rewards. */
    public String getRewardCode() { return rewardCode; }

    private static Date copy(Date d) {
        return d == null ? null : new Date(d.getTime());
    }
}
