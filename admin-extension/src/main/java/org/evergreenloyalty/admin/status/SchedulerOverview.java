package org.evergreenloyalty.admin.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The state of the loyalty scheduler on this node as the admin shows it: whether it is configured,
 * enabled and running, where it keeps its schedules, and its jobs. Immutable.
 */
public final class SchedulerOverview {

    /** What the scheduler is doing on this node. */
    public enum State {
        /** No scheduler is configured in this application. */
        NOT_CONFIGURED,
        /** Scheduling is switched off on this node (other nodes may run the jobs). */
        DISABLED,
        /** Started and firing jobs. */
        RUNNING,
        /** Enabled but not running (not started yet, or stopped). */
        STOPPED
    }

    private final State state;
    private final String nodeId;
    private final String store;
    private final boolean clustered;
    private final List<JobOverview> jobs;

    private SchedulerOverview(State state, String nodeId, String store, boolean clustered, List<JobOverview> jobs) {
        this.state = state;
        this.nodeId = nodeId;
        this.store = store;
        this.clustered = clustered;
        this.jobs = Collections.unmodifiableList(new ArrayList<JobOverview>(jobs));
    }

    /**
     * A scheduler that exists in this application.
     *
     * @param state DISABLED, RUNNING or STOPPED
     * @param nodeId this node's id in the cluster, or null when not running
     * @param store where schedules are kept (e.g. ram, jdbc)
     * @param clustered whether the nodes sharing the database form a cluster
     * @param jobs every registered job (may be empty, not null)
     */
    public static SchedulerOverview of(State state, String nodeId, String store, boolean clustered, List<JobOverview> jobs) {
        if (state == null || state == State.NOT_CONFIGURED) {
            throw new IllegalArgumentException("A configured scheduler is disabled, running or stopped, not " + state);
        }
        if (jobs == null) {
            throw new IllegalArgumentException("The scheduler's job list is required (it may be empty)");
        }
        return new SchedulerOverview(state, nodeId, store, clustered, jobs);
    }

    /** No scheduler is configured here. */
    public static SchedulerOverview notConfigured() {
        return new SchedulerOverview(State.NOT_CONFIGURED, null, null, false, Collections.<JobOverview>emptyList());
    }

    public State getState() {
        return state;
    }

    public boolean isConfigured() {
        return state != State.NOT_CONFIGURED;
    }

    public String getNodeId() {
        return nodeId;
    }

    public String getStore() {
        return store;
    }

    public boolean isClustered() {
        return clustered;
    }

    public List<JobOverview> getJobs() {
        return jobs;
    }

    @Override
    public String toString() {
        return "Scheduler " + state + " node=" + nodeId + " store=" + store + (clustered ? " clustered" : "") + " jobs=" + jobs;
    }
}
