package org.evergreenloyalty.admin.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.evergreenloyalty.scheduling.JobStatus;
import org.evergreenloyalty.scheduling.SchedulerStatus;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class SchedulerStatusOverviewSourceTest {

    /** A scheduler in a fixed state (the module's interface, nothing of Broadleaf). */
    private static final class FixedStatus implements SchedulerStatus {
        private final boolean enabled;
        private final boolean running;
        private final List<JobStatus> jobs;

        FixedStatus(boolean enabled, boolean running, List<JobStatus> jobs) {
            this.enabled = enabled;
            this.running = running;
            this.jobs = jobs;
        }

        @Override public boolean isEnabled() { return enabled; }
        @Override public boolean isRunning() { return running; }
        @Override public String getStoreType() { return "jdbc"; }
        @Override public boolean isClustered() { return true; }
        @Override public String getNodeId() { return running ? "node-7" : null; }
        @Override public List<JobStatus> getJobs() { return jobs; }
    }

    private SchedulerStatusOverviewSource sourceOver(Object bean) {
        GenericApplicationContext ctx = new GenericApplicationContext();
        if (bean != null) {
            ctx.getBeanFactory().registerSingleton("evgSchedulerStatus", bean);
        }
        ctx.refresh();
        NamedBeanLookup<SchedulerStatus> lookup = new NamedBeanLookup<SchedulerStatus>("evgSchedulerStatus", SchedulerStatus.class);
        lookup.setApplicationContext(ctx);
        return new SchedulerStatusOverviewSource(lookup);
    }

    @Test
    void mapsARunningSchedulerWithItsJobs() {
        Date next = new Date(1_000_000L);
        Date previous = new Date(500_000L);
        SchedulerOverview overview = sourceOver(new FixedStatus(true, true, Arrays.asList(
                new JobStatus("heartbeat", "0 0/15 * * * ?", previous, next, "NORMAL", true),
                new JobStatus("reviews", null, null, null, "UNSCHEDULED", false)))).read();

        assertEquals(SchedulerOverview.State.RUNNING, overview.getState());
        assertEquals("node-7", overview.getNodeId());
        assertEquals("jdbc", overview.getStore());
        assertTrue(overview.isClustered());
        assertEquals(2, overview.getJobs().size());
        JobOverview heartbeat = overview.getJobs().get(0);
        assertEquals("heartbeat", heartbeat.getName());
        assertEquals("0 0/15 * * * ?", heartbeat.getCronExpression());
        assertEquals(next, heartbeat.getNextFireTime());
        assertEquals(previous, heartbeat.getPreviousFireTime());
        assertEquals("NORMAL", heartbeat.getState());
        assertTrue(heartbeat.isRunningNow());
        assertFalse(overview.getJobs().get(1).isScheduled());
    }

    @Test
    void distinguishesDisabledFromStopped() {
        List<JobStatus> none = Collections.emptyList();
        assertEquals(SchedulerOverview.State.DISABLED, sourceOver(new FixedStatus(false, false, none)).read().getState());
        assertEquals(SchedulerOverview.State.STOPPED, sourceOver(new FixedStatus(true, false, none)).read().getState());
    }

    @Test
    void knowsNothingWithoutTheBean() {
        assertNull(sourceOver(null).read());
    }

    @Test
    void knowsNothingWhenTheNameBelongsToSomethingElse() {
        assertNull(sourceOver("not a scheduler").read());
    }

    @Test
    void refusesToBeBuiltWithoutALookup() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SchedulerStatusOverviewSource(null));
        assertEquals("The scheduler status lookup is required", e.getMessage());
    }
}
