package org.evergreenloyalty.lifecycle.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.lifecycle.LifecycleMailService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/**
 * The job {@code lifecycle-win-back} (cron {@code evergreen.job.lifecycle-win-back.cron}, daily): queues the win-back
 * e-mail and bonus for customers without an order for {@code evergreen.lifecycle.winBack.days}, once per lapse.
 */
public class WinBackJob implements LoyaltyJob {

    /** The job's name. */
    public static final String NAME = "lifecycle-win-back";

    private static final Log LOG = LogFactory.getLog(WinBackJob.class);

    private final LifecycleMailService lifecycle;

    public WinBackJob(LifecycleMailService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void run() {
        LOG.info("Win-back: " + lifecycle.sendWinBacks() + " e-mails queued");
    }
}
