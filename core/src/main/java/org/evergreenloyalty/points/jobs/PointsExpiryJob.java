package org.evergreenloyalty.points.jobs;

import org.evergreenloyalty.points.PointsExpiryService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/** Nightly job {@code points-expiry}: expires batches past their date, then sends "expiring soon" reminders. */
public class PointsExpiryJob implements LoyaltyJob {

    private final PointsExpiryService expiry;

    public PointsExpiryJob(PointsExpiryService expiry) {
        this.expiry = expiry;
    }

    @Override
    public String getName() {
        return "points-expiry";
    }

    @Override
    public void run() {
        expiry.expireDue();
        expiry.remindExpiringSoon();
    }
}
