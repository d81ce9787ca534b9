package org.evergreenloyalty.privacy.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.privacy.PrivacyService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/**
 * Job {@code privacy-erasure} (cron {@code evergreen.job.privacy-erasure.cron}, daily by default): erases the
 * personal data of customers the store deactivated or deleted that no listener caught (a deleted customer row, a
 * deactivation written around Broadleaf's services), when {@code evergreen.privacy.eraseOnDeactivation} is on.
 */
public class PrivacyErasureJob implements LoyaltyJob {

    private static final Log LOG = LogFactory.getLog(PrivacyErasureJob.class);

    private final PrivacyService privacy;

    public PrivacyErasureJob(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @Override
    public String getName() {
        return "privacy-erasure";
    }

    @Override
    public void run() {
        int erased = privacy.eraseClosedCustomers();
        if (erased > 0) {
            LOG.info("Privacy erasure: " + erased + " customers erased");
        }
    }
}
