package org.evergreenloyalty.webhook.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.scheduling.LoyaltyJob;
import org.evergreenloyalty.webhook.WebhookSender;

/**
 * Job {@code webhooks} (cron {@code evergreen.job.webhooks.cron}, every minute by default): delivers what the
 * after-commit nudges left in the webhook outbox: retries whose backoff ended, deliveries of a subscription enabled
 * again, and anything queued on a node that stopped before sending.
 */
public class WebhookDeliveryJob implements LoyaltyJob {

    private static final Log LOG = LogFactory.getLog(WebhookDeliveryJob.class);

    private final WebhookSender sender;

    public WebhookDeliveryJob(WebhookSender sender) {
        this.sender = sender;
    }

    @Override
    public String getName() {
        return "webhooks";
    }

    @Override
    public void run() {
        int delivered = sender.sendDue();
        if (delivered > 0) {
            LOG.info("Webhooks: " + delivered + " delivered");
        }
    }
}
