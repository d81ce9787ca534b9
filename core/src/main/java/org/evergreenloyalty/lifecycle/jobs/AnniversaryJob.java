package org.evergreenloyalty.lifecycle.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.lifecycle.LifecycleMailService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/**
 * The job {@code lifecycle-anniversary} (cron {@code evergreen.job.lifecycle-anniversary.cron}, daily): the yearly
 * membership anniversary bonus and e-mail, once per customer and year, catching up missed days.
 */
public class AnniversaryJob implements LoyaltyJob {

    /** The job's name. */
    public static final String NAME = "lifecycle-anniversary";

    private static final Log LOG = LogFactory.getLog(AnniversaryJob.class);

    private final LifecycleMailService lifecycle;

    public AnniversaryJob(LifecycleMailService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void run() {
        LOG.info("Anniversaries: " + lifecycle.sendAnniversaries() + " e-mails queued");
    }
}
