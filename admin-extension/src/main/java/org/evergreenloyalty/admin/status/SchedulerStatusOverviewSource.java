package org.evergreenloyalty.admin.status;

import java.util.ArrayList;
import java.util.List;

import org.evergreenloyalty.scheduling.JobStatus;
import org.evergreenloyalty.scheduling.SchedulerStatus;

/**
 * Reads the module's scheduler through its {@link SchedulerStatus} bean ({@code evgSchedulerStatus}).
 * Knows nothing (returns null) when the application has no such bean.
 */
public class SchedulerStatusOverviewSource implements SchedulerOverviewSource {

    private final NamedBeanLookup<SchedulerStatus> status;

    public SchedulerStatusOverviewSource(NamedBeanLookup<SchedulerStatus> status) {
        if (status == null) {
            throw new IllegalArgumentException("The scheduler status lookup is required");
        }
        this.status = status;
    }

    @Override
    public SchedulerOverview read() {
        SchedulerStatus scheduler = status.find();
        return scheduler == null ? null : describe(scheduler);
    }

    /** The overview of {@code scheduler}. */
    public static SchedulerOverview describe(SchedulerStatus scheduler) {
        SchedulerOverview.State state = !scheduler.isEnabled() ? SchedulerOverview.State.DISABLED
                : scheduler.isRunning() ? SchedulerOverview.State.RUNNING
                : SchedulerOverview.State.STOPPED;
        List<JobOverview> jobs = new ArrayList<JobOverview>();
        for (JobStatus job : scheduler.getJobs()) {
            jobs.add(new JobOverview(job.getName(), job.getCronExpression(), job.getNextFireTime(),
                    job.getPreviousFireTime(), job.getState(), job.isRunningOnThisNode()));
        }
        return SchedulerOverview.of(state, scheduler.getNodeId(), scheduler.getStoreType(), scheduler.isClustered(), jobs);
    }
}
