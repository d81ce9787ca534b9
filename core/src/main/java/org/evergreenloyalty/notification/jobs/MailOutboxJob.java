package org.evergreenloyalty.notification.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.notification.OutboxSender;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/**
 * Job {@code mail-outbox} (cron {@code evergreen.job.mail-outbox.cron}, every minute by default): sends what the
 * after-commit nudges left in the outbox: retries whose backoff ended, e-mails held back by the daily cap, and
 * anything queued on a node that stopped before sending.
 */
public class MailOutboxJob implements LoyaltyJob {

    private static final Log LOG = LogFactory.getLog(MailOutboxJob.class);

    private final OutboxSender sender;

    public MailOutboxJob(OutboxSender sender) {
        this.sender = sender;
    }

    @Override
    public String getName() {
        return "mail-outbox";
    }

    @Override
    public void run() {
        int sent = sender.sendDue();
        if (sent > 0) {
            LOG.info("Mail outbox: " + sent + " e-mails sent");
        }
    }
}
