package org.evergreenloyalty.apikey.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.apikey.IdempotencyService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/**
 * Job {@code api-cleanup} (cron {@code evergreen.job.api-cleanup.cron}, daily by default): deletes the store API's
 * idempotency records older than {@code evergreen.api.idempotency.retentionHours}.
 */
public class ApiCleanupJob implements LoyaltyJob {

    /** The job's name. */
    public static final String NAME = "api-cleanup";
    private static final Log LOG = LogFactory.getLog(ApiCleanupJob.class);

    private final IdempotencyService idempotency;

    public ApiCleanupJob(IdempotencyService idempotency) {
        this.idempotency = idempotency;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void run() {
        int deleted = idempotency.deleteExpired();
        if (deleted > 0) {
            LOG.info("Store API: " + deleted + " idempotency records deleted");
        }
    }
}
