package org.evergreenloyalty.admin.status;

import java.util.Date;

/**
 * One scheduled job as the admin shows it: its name, its cron expression (none when it only runs on
 * demand), when it runs next and ran last, the scheduler's state for it, and whether it is running on this
 * node right now. Immutable; the dates are copies.
 */
public final class JobOverview {

    private final String name;
    private final String cronExpression;
    private final Date nextFireTime;
    private final Date previousFireTime;
    private final String state;
    private final boolean runningNow;

    /**
     * @param name the job's name (required)
     * @param cronExpression its schedule, or null when it is not scheduled
     * @param nextFireTime the next run, or null when none is planned
     * @param previousFireTime the last run, or null when it has not run yet
     * @param state the schedule's state as the scheduler reports it (e.g. NORMAL, PAUSED, UNSCHEDULED)
     * @param runningNow whether it is running on this node at this moment
     */
    public JobOverview(String name, String cronExpression, Date nextFireTime, Date previousFireTime, String state,
            boolean runningNow) {
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("A job needs a name");
        }
        this.name = name;
        this.cronExpression = cronExpression == null || cronExpression.trim().isEmpty() ? null : cronExpression.trim();
        this.nextFireTime = copy(nextFireTime);
        this.previousFireTime = copy(previousFireTime);
        this.state = state;
        this.runningNow = runningNow;
    }

    private static Date copy(Date d) {
        return d == null ? null : new Date(d.getTime());
    }

    public String getName() {
        return name;
    }

    /** The cron expression, or null when the job runs only on demand. */
    public String getCronExpression() {
        return cronExpression;
    }

    public boolean isScheduled() {
        return cronExpression != null;
    }

    public Date getNextFireTime() {
        return copy(nextFireTime);
    }

    public Date getPreviousFireTime() {
        return copy(previousFireTime);
    }

    public String getState() {
        return state;
    }

    public boolean isRunningNow() {
        return runningNow;
    }

    @Override
    public String toString() {
        return name + " [" + cronExpression + "] next=" + nextFireTime + " state=" + state + (runningNow ? " running" : "");
    }
}
