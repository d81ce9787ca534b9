package org.evergreenloyalty.integrity.jobs;

import org.evergreenloyalty.integrity.IntegrityService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/**
 * Job {@code integrity-check} (nightly by default, {@code evergreen.job.integrity-check.cron}): reconciles orders,
 * REDEEM entries and account balances, stores the findings and e-mails the loyalty contact when there are any.
 */
public class IntegrityCheckJob implements LoyaltyJob {

    private final IntegrityService integrity;

    public IntegrityCheckJob(IntegrityService integrity) {
        this.integrity = integrity;
    }

    @Override
    public String getName() {
        return "integrity-check";
    }

    @Override
    public void run() {
        integrity.run(IntegrityService.SCHEDULER);
    }
}
