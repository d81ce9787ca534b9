package org.evergreenloyalty.insights.jobs;

import org.evergreenloyalty.insights.InsightsSummaryService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/**
 * Job {@code insights-summary} (every 10 minutes by default, {@code evergreen.job.insights-summary.cron}): folds the
 * ledger and the placed orders into the dashboard's summaries (see {@link InsightsSummaryService}). Cluster-safe
 * through the module's scheduler; a repeat rewrites the same rows.
 */
public class InsightsSummaryJob implements LoyaltyJob {

    private final InsightsSummaryService summaries;

    public InsightsSummaryJob(InsightsSummaryService summaries) {
        this.summaries = summaries;
    }

    @Override
    public String getName() {
        return "insights-summary";
    }

    @Override
    public void run() {
        summaries.fold();
    }
}
