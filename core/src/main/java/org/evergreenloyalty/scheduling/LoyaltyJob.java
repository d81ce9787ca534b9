package org.evergreenloyalty.scheduling;

/**
 * A piece of periodic work of a loyalty feature (expire points, send birthday rewards, ask for reviews).
 * Declare an implementation as a Spring bean and the module's scheduler runs it on the cron expression
 * found in the property {@link #getCronPropertyKey()} ({@code evergreen.job.<name>.cron} by default).
 * <p>
 * A job never runs twice at the same time: not on one node, and with the clustered JDBC store not
 * across nodes either. It should still be idempotent, because a node that dies mid-run leaves the
 * work half done for the next run.
 */
public interface LoyaltyJob {

    /** The property prefix of every job's cron expression. */
    String CRON_PROPERTY_PREFIX = "evergreen.job.";
    /** The property suffix of every job's cron expression. */
    String CRON_PROPERTY_SUFFIX = ".cron";

    /**
     * The job's unique name: lower-case letters, digits and dashes (it is part of a property key and
     * of the Quartz job key), e.g. {@code points-expiry}.
     */
    String getName();

    /**
     * The property holding the job's Quartz cron expression (sec min hour day-of-month month
     * day-of-week). A blank value or {@code off} keeps the job unscheduled; it can still be run on demand.
     */
    default String getCronPropertyKey() {
        return CRON_PROPERTY_PREFIX + getName() + CRON_PROPERTY_SUFFIX;
    }

    /** Does the work once. Throwing marks this run as failed; the next scheduled run happens as usual. */
    void run() throws Exception;
}
