package org.evergreenloyalty.milestone.jobs;

import org.evergreenloyalty.milestone.MilestoneDailyRun;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/**
 * Scheduled job {@code milestones} (cron {@code evergreen.job.milestones.cron}, daily by default): grants due
 * membership anniversaries and catches up challenges reached without a trigger.
 */
public class MilestonesJob implements LoyaltyJob {

    private final MilestoneDailyRun run;

    public MilestonesJob(MilestoneDailyRun run) {
        this.run = run;
    }

    @Override
    public String getName() {
        return "milestones";
    }

    @Override
    public void run() {
        run.run();
    }
}
