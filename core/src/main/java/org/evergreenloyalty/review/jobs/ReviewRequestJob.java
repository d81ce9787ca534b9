package org.evergreenloyalty.review.jobs;

import org.evergreenloyalty.review.ReviewRequestService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/**
 * The job {@code review-requests} (cron {@code evergreen.job.review-requests.cron}, hourly by default): notes
 * fulfilled orders, sends due review requests and reminders, retries failed e-mails. Sending is claimed per order
 * and e-mail by a database key, so reruns, crashed runs and runs on several nodes send each e-mail once.
 */
public class ReviewRequestJob implements LoyaltyJob {

    /** The job's name. */
    public static final String NAME = "review-requests";

    private final ReviewRequestService requests;

    public ReviewRequestJob(ReviewRequestService requests) {
        this.requests = requests;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void run() {
        requests.runDue();
    }
}
