package org.evergreenloyalty.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduler on its own (in-memory store, no Broadleaf): firing, switching off, configuration errors. */
class QuartzLoyaltySchedulerTest {

    private QuartzLoyaltyScheduler scheduler;

    @AfterEach
    void stop() {
        if (scheduler != null) {
            scheduler.stop();
        }
    }

    @Test
    void jobFiresOnItsCronExpression() throws InterruptedException {
        CountingJob job = new CountingJob("every-second");
        scheduler = scheduler(settings(true), props("evergreen.job.every-second.cron", "* * * * * ?"), job);
        scheduler.start();

        assertTrue(scheduler.isRunning());
        assertTrue(job.awaitRuns(1, 15000) >= 1, "the every-second job ran");
        assertTrue(job.threads.get(0).startsWith("evergreen-node-a-job"), job.threads.toString());
        JobStatus status = scheduler.getJobs().get(0);
        assertEquals("* * * * * ?", status.getCronExpression());
        assertTrue(status.getNextFireTime() != null, status.toString());
    }

    @Test
    void disabledSchedulerDoesNotStartButJobsRunOnDemand() {
        CountingJob job = new CountingJob("every-second");
        scheduler = scheduler(settings(false), props("evergreen.job.every-second.cron", "* * * * * ?"), job);
        scheduler.start();

        assertFalse(scheduler.isEnabled());
        assertFalse(scheduler.isRunning());
        assertNull(scheduler.quartz(), "no Quartz scheduler was created");
        assertNull(scheduler.getNodeId());
        assertEquals("SCHEDULER_OFF", scheduler.getJobs().get(0).getState());
        assertEquals("* * * * * ?", scheduler.getJobs().get(0).getCronExpression());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> scheduler.fireNow("every-second"));
        assertTrue(e.getMessage().contains("evergreen.scheduler.enabled=false"), e.getMessage());

        new DefaultJobRunner(registryOf(job), scheduler).runNow("every-second");
        assertEquals(1, job.runs.get(), "ran once, on demand only");
    }

    @Test
    void jobSwitchedOffIsUnscheduledButCanBeTriggered() throws InterruptedException {
        CountingJob job = new CountingJob("manual");
        scheduler = scheduler(settings(true), props("evergreen.job.manual.cron", "off"), job);
        scheduler.start();

        JobStatus status = scheduler.getJobs().get(0);
        assertEquals("UNSCHEDULED", status.getState());
        assertNull(status.getCronExpression());
        assertNull(status.getNextFireTime());

        scheduler.fireNow("manual");
        assertEquals(1, job.awaitRuns(1, 15000));
    }

    @Test
    void missingOrInvalidCronExpressionStopsTheStartWithTheKey() {
        scheduler = scheduler(settings(true), props(), new CountingJob("nameless"));
        IllegalStateException missing = assertThrows(IllegalStateException.class, scheduler::start);
        assertTrue(missing.getMessage().contains("evergreen.job.nameless.cron"), missing.getMessage());
        assertFalse(scheduler.isRunning());

        scheduler = scheduler(settings(true), props("evergreen.job.typo.cron", "every day at noon"), new CountingJob("typo"));
        IllegalStateException invalid = assertThrows(IllegalStateException.class, scheduler::start);
        assertTrue(invalid.getMessage().contains("evergreen.job.typo.cron")
                && invalid.getMessage().contains("every day at noon"), invalid.getMessage());
        assertFalse(scheduler.isRunning());
    }

    @Test
    void aJobNeverRunsTwiceAtOnceOnANode() throws Exception {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        LoyaltyJob slow = new LoyaltyJob() {
            @Override public String getName() { return "slow"; }
            @Override public void run() throws Exception {
                started.countDown();
                release.await(20, TimeUnit.SECONDS);
            }
        };
        final LoyaltyJobRegistry registry = registryOf(slow);
        Thread first = new Thread(() -> registry.run("slow"));
        first.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(registry.isRunning("slow"));
        JobAlreadyRunningException e = assertThrows(JobAlreadyRunningException.class, () -> registry.run("slow"));
        assertTrue(e.getMessage().contains("slow"), e.getMessage());
        release.countDown();
        first.join(10000);
        assertFalse(registry.isRunning("slow"));
    }

    @Test
    void failingJobReachesTheCallerOfRunNow() {
        LoyaltyJob failing = new LoyaltyJob() {
            @Override public String getName() { return "failing"; }
            @Override public void run() throws Exception { throw new java.io.IOException("disk full"); }
        };
        JobFailedException e = assertThrows(JobFailedException.class, () -> registryOf(failing).run("failing"));
        assertTrue(e.getMessage().contains("failing") && e.getMessage().contains("disk full"), e.getMessage());
    }

    @Test
    void registryRejectsBadAndDuplicateNames() {
        IllegalStateException bad = assertThrows(IllegalStateException.class,
                () -> registryOf(new CountingJob("Bad Name")));
        assertTrue(bad.getMessage().contains("Bad Name"), bad.getMessage());
        IllegalStateException dup = assertThrows(IllegalStateException.class,
                () -> registryOf(new CountingJob("twice"), new CountingJob("twice")));
        assertTrue(dup.getMessage().contains("twice"), dup.getMessage());
    }

    @Test
    void settingsRejectNonsenseWithThePropertyName() {
        Properties p = props("evergreen.scheduler.store", "mongodb");
        IllegalArgumentException store = assertThrows(IllegalArgumentException.class, () -> SchedulerSettings.fromProperties(p));
        assertTrue(store.getMessage().contains("evergreen.scheduler.store"), store.getMessage());
        Properties t = props("evergreen.scheduler.threads", "many");
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class, () -> SchedulerSettings.fromProperties(t));
        assertTrue(threads.getMessage().contains("evergreen.scheduler.threads"), threads.getMessage());
    }

    static LoyaltyJobRegistry registryOf(LoyaltyJob... jobs) {
        return new LoyaltyJobRegistry(Arrays.asList(jobs));
    }

    private static QuartzLoyaltyScheduler scheduler(SchedulerSettings settings, Properties crons, LoyaltyJob... jobs) {
        List<LoyaltyJob> list = Arrays.asList(jobs);
        return new QuartzLoyaltyScheduler(settings, new LoyaltyJobRegistry(list), crons, (javax.sql.DataSource) null);
    }

    private static SchedulerSettings settings(boolean enabled) {
        return new SchedulerSettings(enabled, SchedulerSettings.Store.RAM, "EvergreenTest", "node-a", 2, false, 7500, null);
    }

    static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }
}
