package org.evergreenloyalty.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Map;

import javax.annotation.Resource;
import javax.sql.DataSource;

import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The scheduler as a store gets it: started with the Broadleaf context, running the module's heartbeat job. */
@BroadleafIntegrationTest
class SchedulerInBroadleafTest {

    @Resource(name = "evgSchedulerStatus")
    SchedulerStatus status;

    @Resource(name = "evgJobRunner")
    JobRunner runner;

    @Resource(name = "evgHeartbeatJob")
    HeartbeatJob heartbeat;

    @Resource(name = "blMergedDataSources")
    Map<String, DataSource> dataSources;

    @Autowired
    ApplicationContext context;

    @Test
    void schedulerRunsWithTheContextAndListsTheHeartbeat() {
        assertTrue(status.isEnabled());
        assertTrue(status.isRunning(), "scheduler running");
        assertEquals("ram", status.getStoreType());
        assertFalse(status.isClustered());
        assertNotNull(status.getNodeId());
        JobStatus job = find("heartbeat");
        assertEquals("0 0/15 * * * ?", job.getCronExpression());
        assertEquals("NORMAL", job.getState());
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

    @Test
    void jdbcStoreRunsOnTheStoresDatabase() throws Exception {
        DataSourceLocator locator = new DataSourceLocator("", "blMergedDataSources", "jdbc/web");
        locator.setBeanFactory(context.getAutowireCapableBeanFactory());
        DataSource storeDatabase = locator.locate();
        assertSame(dataSources.get("jdbc/web"), storeDatabase, "the DataSource Broadleaf's blPU uses");

        CountingJob job = new CountingJob("store-db-probe");
        SchedulerSettings settings = new SchedulerSettings(true, SchedulerSettings.Store.JDBC, "EvergreenStoreDbTest",
                "store-node", 1, true, 7500, null);
        QuartzLoyaltyScheduler jdbc = new QuartzLoyaltyScheduler(settings,
                new LoyaltyJobRegistry(Collections.<LoyaltyJob>singletonList(job)),
                QuartzLoyaltySchedulerTest.props("evergreen.job.store-db-probe.cron", "0 0 3 * * ?"), locator);
        try {
            jdbc.start();
            assertTrue(jdbc.isRunning() && jdbc.isClustered());
            assertTrue(new QuartzSchemaInstaller().missingTables(storeDatabase).isEmpty(), "QRTZ_ tables in the store database");
            assertEquals("0 0 3 * * ?", jdbc.getJobs().get(0).getCronExpression());
            jdbc.fireNow("store-db-probe");
            assertEquals(1, job.awaitRuns(1, 20000));
        } finally {
            jdbc.stop();
            QuartzTestRows.delete(storeDatabase, "EvergreenStoreDbTest");
        }
    }

    @Test
    void missingDataSourceBeanIsNamed() {
        DataSourceLocator locator = new DataSourceLocator("noSuchDataSource", "blMergedDataSources", "jdbc/web");
        locator.setBeanFactory(context.getAutowireCapableBeanFactory());
        IllegalStateException e = assertThrows(IllegalStateException.class, locator::locate);
        assertTrue(e.getMessage().contains("noSuchDataSource"), e.getMessage());
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
