package org.evergreenloyalty.referral.jobs;

import org.evergreenloyalty.referral.ReferralHousekeeping;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/** Scheduled job {@code referral-cleanup}: purges old wrong-code counts and device sightings. */
public class ReferralCleanupJob implements LoyaltyJob {

    private final ReferralHousekeeping housekeeping;

    public ReferralCleanupJob(ReferralHousekeeping housekeeping) {
        this.housekeeping = housekeeping;
    }

    @Override
    public String getName() {
        return "referral-cleanup";
    }

    @Override
    public void run() {
        housekeeping.purge();
    }
}
