package org.evergreenloyalty.reward.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.reward.RewardCatalogueService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/**
 * The job {@code reward-reminders} (cron {@code evergreen.job.reward-reminders.cron}, daily): one e-mail per claimed
 * reward that expires within {@code evergreen.rewards.reminder.days} and is still unused.
 */
public class RewardReminderJob implements LoyaltyJob {

    /** The job's name. */
    public static final String NAME = "reward-reminders";

    private static final Log LOG = LogFactory.getLog(RewardReminderJob.class);

    private final RewardCatalogueService rewards;

    public RewardReminderJob(RewardCatalogueService rewards) {
        this.rewards = rewards;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void run() {
        LOG.info("Reward reminders: " + rewards.sendReminders() + " e-mails queued");
    }
}
