package org.evergreenloyalty.admin.status;

import java.util.Date;

/**
 * One scheduled job as the admin shows it: its name, when it runs (a cron expression or a plain
 * description of another kind of schedule), when it runs next and when it ran last.
 * Immutable; the dates are copies.
 */
public final class JobOverview {

    private final String name;
    private final String schedule;
    private final Date nextFireTime;
    private final Date previousFireTime;
    private final String state;

    /**
     * @param name the job's name (required)
     * @param schedule when it runs, e.g. a cron expression (required)
     * @param nextFireTime the next run, or null when none is planned
     * @param previousFireTime the last run, or null when it has not run yet
     * @param state the trigger's state as the scheduler reports it (e.g. NORMAL, PAUSED)
     */
    public JobOverview(String name, String schedule, Date nextFireTime, Date previousFireTime, String state) {
        if (name == null || name.trim().isEmpty()) {
            throw new IllegalArgumentException("A job needs a name");
        }
        if (schedule == null || schedule.trim().isEmpty()) {
            throw new IllegalArgumentException("Job '" + name + "' needs a schedule");
        }
        this.name = name;
        this.schedule = schedule;
        this.nextFireTime = copy(nextFireTime);
        this.previousFireTime = copy(previousFireTime);
        this.state = state;
    }

    private static Date copy(Date d) {
        return d == null ? null : new Date(d.getTime());
    }

    public String getName() {
        return name;
    }

    public String getSchedule() {
        return schedule;
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

    @Override
    public String toString() {
        return name + " [" + schedule + "] next=" + nextFireTime + " state=" + state;
    }
}
