package org.evergreenloyalty.lifecycle.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.lifecycle.MonthlyStatements;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/**
 * The job {@code lifecycle-statement} (cron {@code evergreen.job.lifecycle-statement.cron}, on the 1st of each month):
 * the previous month's points statement to every member with a balance or activity, once per customer and month.
 */
public class StatementJob implements LoyaltyJob {

    /** The job's name. */
    public static final String NAME = "lifecycle-statement";

    private static final Log LOG = LogFactory.getLog(StatementJob.class);

    private final MonthlyStatements statements;

    public StatementJob(MonthlyStatements statements) {
        this.statements = statements;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void run() {
        LOG.info("Monthly statements: " + statements.sendForLastMonth() + " e-mails queued");
    }
}
