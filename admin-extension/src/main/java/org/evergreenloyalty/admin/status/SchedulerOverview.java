package org.evergreenloyalty.admin.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The state of the loyalty scheduler as the admin shows it: whether one is configured on this node,
 * whether it is running, how it stores its jobs, and its jobs. Immutable.
 */
public final class SchedulerOverview {

    /** What the scheduler is doing. */
    public enum State {
        /** No scheduler is configured in this application. */
        NOT_CONFIGURED,
        /** Started and firing jobs. */
        RUNNING,
        /** Created but not started, or paused as a whole. */
        STANDBY,
        /** Shut down. */
        SHUT_DOWN,
        /** The scheduler could not be read. */
        UNAVAILABLE
    }

    private final State state;
    private final String name;
    private final String jobStore;
    private final boolean clustered;
    private final List<JobOverview> jobs;
    private final String problem;

    private SchedulerOverview(State state, String name, String jobStore, boolean clustered,
            List<JobOverview> jobs, String problem) {
        this.state = state;
        this.name = name;
        this.jobStore = jobStore;
        this.clustered = clustered;
        this.jobs = Collections.unmodifiableList(new ArrayList<JobOverview>(jobs));
        this.problem = problem;
    }

    /** A scheduler that exists in this application. */
    public static SchedulerOverview of(State state, String name, String jobStore, boolean clustered,
            List<JobOverview> jobs) {
        if (state == null || state == State.NOT_CONFIGURED || state == State.UNAVAILABLE) {
            throw new IllegalArgumentException("A configured scheduler is running, in standby or shut down, not " + state);
        }
        if (jobs == null) {
            throw new IllegalArgumentException("The job list of scheduler '" + name + "' is required (may be empty)");
        }
        return new SchedulerOverview(state, name, jobStore, clustered, jobs, null);
    }

    /** No scheduler is configured here. */
    public static SchedulerOverview notConfigured() {
        return new SchedulerOverview(State.NOT_CONFIGURED, null, null, false, Collections.<JobOverview>emptyList(), null);
    }

    /** A scheduler exists but reading it failed with {@code problem}. */
    public static SchedulerOverview unavailable(String name, String problem) {
        return new SchedulerOverview(State.UNAVAILABLE, name, null, false, Collections.<JobOverview>emptyList(), problem);
    }

    public State getState() {
        return state;
    }

    public boolean isConfigured() {
        return state != State.NOT_CONFIGURED;
    }

    public String getName() {
        return name;
    }

    public String getJobStore() {
        return jobStore;
    }

    public boolean isClustered() {
        return clustered;
    }

    public List<JobOverview> getJobs() {
        return jobs;
    }

    public String getProblem() {
        return problem;
    }

    @Override
    public String toString() {
        return "Scheduler " + name + " " + state + " jobs=" + jobs + (problem == null ? "" : " problem=" + problem);
    }
}
