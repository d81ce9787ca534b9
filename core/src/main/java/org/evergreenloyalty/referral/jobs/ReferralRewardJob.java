package org.evergreenloyalty.referral.jobs;

import org.evergreenloyalty.referral.ReferralRewardService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/** Scheduled job {@code referral-rewards}: rewards advocates whose friends' first orders passed the approval period. */
public class ReferralRewardJob implements LoyaltyJob {

    private final ReferralRewardService rewards;

    public ReferralRewardJob(ReferralRewardService rewards) {
        this.rewards = rewards;
    }

    @Override
    public String getName() {
        return "referral-rewards";
    }

    @Override
    public void run() {
        rewards.grantDue();
    }
}
