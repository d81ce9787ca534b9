package org.evergreenloyalty.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.annotation.Resource;

import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;

/** The scheduler as a store gets it: started with the Broadleaf context, running the module's heartbeat job. */
@BroadleafIntegrationTest
class SchedulerInBroadleafTest {

    @Resource(name = "evgSchedulerStatus")
    SchedulerStatus status;

    @Resource(name = "evgJobRunner")
    JobRunner runner;

    @Resource(name = "evgHeartbeatJob")
    HeartbeatJob heartbeat;

    @Test
    void schedulerRunsWithTheContextAndListsTheHeartbeat() {
        assertTrue(status.isEnabled());
        assertTrue(status.isRunning(), "scheduler running");
        assertEquals("ram", status.getStoreType());
        assertFalse(status.isClustered());
        assertNotNull(status.getNodeId());
        JobStatus job = find("heartbeat");
        assertEquals("0 0/15 * * * ?", job.getCronExpression());
        assertNotNull(job.getNextFireTime(), "heartbeat scheduled: " + job);
        assertTrue(runner.getJobNames().contains("heartbeat"));
    }

    @Test
    void triggeredJobFiresThroughTheScheduler() throws InterruptedException {
        long before = heartbeat.getRunCount();
        runner.triggerNow(HeartbeatJob.NAME);
        long deadline = System.currentTimeMillis() + 20000;
        while (heartbeat.getRunCount() == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(25);
        }
        assertEquals(before + 1, heartbeat.getRunCount(), "the triggered heartbeat ran once");
        assertTrue(heartbeat.getLastRunThread().startsWith("evergreen-"),
                "ran on a scheduler thread, not the test's: " + heartbeat.getLastRunThread());
    }

    @Test
    void runNowRunsInTheCallersThread() {
        long before = heartbeat.getRunCount();
        runner.runNow(HeartbeatJob.NAME);
        assertEquals(before + 1, heartbeat.getRunCount());
        assertEquals(Thread.currentThread().getName(), heartbeat.getLastRunThread());
    }

    @Test
    void unknownJobIsRejectedByName() {
        UnknownJobException e = assertThrows(UnknownJobException.class, () -> runner.triggerNow("no-such-job"));
        assertTrue(e.getMessage().contains("no-such-job") && e.getMessage().contains("heartbeat"), e.getMessage());
        assertThrows(UnknownJobException.class, () -> runner.runNow("no-such-job"));
    }

    private JobStatus find(String name) {
        for (JobStatus j : status.getJobs()) {
            if (j.getName().equals(name)) {
                return j;
            }
        }
        throw new AssertionError("no job " + name + " in " + status.getJobs());
    }
}
