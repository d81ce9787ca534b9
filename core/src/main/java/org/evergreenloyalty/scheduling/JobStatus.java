package org.evergreenloyalty.scheduling;

import java.io.Serializable;
import java.util.Date;

/** What the scheduler knows about one job, for display: its schedule and its last and next fire times. */
public final class JobStatus implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String cronExpression;
    private final Date previousFireTime;
    private final Date nextFireTime;
    private final String state;
    private final boolean runningOnThisNode;

    public JobStatus(String name, String cronExpression, Date previousFireTime, Date nextFireTime, String state,
                     boolean runningOnThisNode) {
        this.name = name;
        this.cronExpression = cronExpression;
        this.previousFireTime = copy(previousFireTime);
        this.nextFireTime = copy(nextFireTime);
        this.state = state;
        this.runningOnThisNode = runningOnThisNode;
    }

    public String getName() { return name; }
    /** The configured cron expression, or null when the job is not scheduled. */
    public String getCronExpression() { return cronExpression; }
    /** When the job's schedule last fired (on any node), or null. */
    public Date getPreviousFireTime() { return copy(previousFireTime); }
    /** When the job's schedule fires next, or null (unscheduled, or the scheduler is not running here). */
    public Date getNextFireTime() { return copy(nextFireTime); }
    /**
     * The schedule's state: Quartz's trigger state (NORMAL, PAUSED, BLOCKED while running, ERROR, ...),
     * UNSCHEDULED when the job has no cron expression, SCHEDULER_OFF when the scheduler is not running here.
     */
    public String getState() { return state; }
    /** Whether the job is running on this node right now. */
    public boolean isRunningOnThisNode() { return runningOnThisNode; }

    private static Date copy(Date d) {
        return d == null ? null : new Date(d.getTime());
    }

    @Override
    public String toString() {
        return name + "[" + cronExpression + ", " + state + ", previous=" + previousFireTime + ", next=" + nextFireTime + "]";
    }
}
