package org.evergreenloyalty.scheduling;

import java.util.List;

/**
 * A read-only view of the module's scheduler on this node, for the admin settings page
 * (bean {@code evgSchedulerStatus}).
 */
public interface SchedulerStatus {

    /** Whether scheduling is enabled on this node ({@code evergreen.scheduler.enabled}). */
    boolean isEnabled();

    /** Whether the scheduler is running on this node. */
    boolean isRunning();

    /** Where schedules are kept: {@code ram} (this node only) or {@code jdbc} (shared database). */
    String getStoreType();

    /** Whether the nodes sharing the database form a cluster (each fire runs on one node only). */
    boolean isClustered();

    /** This node's id in the cluster (Quartz instance id), or null when the scheduler is not running. */
    String getNodeId();

    /** Every registered job, sorted by name. */
    List<JobStatus> getJobs();
}
