package org.evergreenloyalty.admin.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.springframework.context.support.GenericApplicationContext;

/** Reads a real in-memory Quartz scheduler registered in a Spring context. */
class QuartzSchedulerOverviewSourceTest {

    private static final String CRON = "0 0 3 * * ?";

    private Scheduler scheduler;
    private GenericApplicationContext context;

    /** A job that does nothing; the test only reads the schedule. */
    public static class NoOpJob implements Job {
        @Override
        public void execute(JobExecutionContext ctx) {
        }
    }

    @BeforeEach
    void createScheduler() throws Exception {
        Properties props = new Properties();
        props.setProperty("org.quartz.scheduler.instanceName", "EvergreenTestScheduler");
        props.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        props.setProperty("org.quartz.threadPool.threadCount", "1");
        props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        scheduler = new StdSchedulerFactory(props).getScheduler();
        scheduler.scheduleJob(
                JobBuilder.newJob(NoOpJob.class).withIdentity("pointsExpiry").build(),
                TriggerBuilder.newTrigger().withIdentity("pointsExpiryTrigger")
                        .withSchedule(CronScheduleBuilder.cronSchedule(CRON)).build());
        context = new GenericApplicationContext();
        context.getBeanFactory().registerSingleton("someScheduler", scheduler);
        context.refresh();
    }

    @AfterEach
    void shutDown() throws Exception {
        scheduler.shutdown();
        context.close();
    }

    private QuartzSchedulerOverviewSource source(String name) {
        QuartzSchedulerOverviewSource source = new QuartzSchedulerOverviewSource(name);
        source.setApplicationContext(context);
        return source;
    }

    @Test
    void listsEveryJobWithItsCronExpressionAndNextRun() throws Exception {
        scheduler.start();
        SchedulerOverview overview = source("EvergreenTestScheduler").read();

        assertNotNull(overview);
        assertEquals(SchedulerOverview.State.RUNNING, overview.getState());
        assertEquals("EvergreenTestScheduler", overview.getName());
        assertEquals("RAMJobStore", overview.getJobStore());
        assertFalse(overview.isClustered());
        assertEquals(1, overview.getJobs().size());
        JobOverview job = overview.getJobs().get(0);
        assertEquals("pointsExpiry", job.getName());
        assertEquals(CRON, job.getSchedule());
        assertEquals("NORMAL", job.getState());
        assertNotNull(job.getNextFireTime());
        assertTrue(new CronExpression(CRON).isSatisfiedBy(job.getNextFireTime()),
                "next run " + job.getNextFireTime() + " must be a time the cron expression allows");
        assertNull(job.getPreviousFireTime(), "a 03:00 job scheduled just now has not run yet");
    }

    @Test
    void reportsStandbyBeforeTheSchedulerStarts() {
        SchedulerOverview overview = source("EvergreenTestScheduler").read();
        assertEquals(SchedulerOverview.State.STANDBY, overview.getState());
        assertEquals(1, overview.getJobs().size());
    }

    @Test
    void reportsAShutDownSchedulerWithoutJobs() throws Exception {
        scheduler.shutdown();
        SchedulerOverview overview = source("EvergreenTestScheduler").read();
        assertEquals(SchedulerOverview.State.SHUT_DOWN, overview.getState());
        assertTrue(overview.getJobs().isEmpty());
    }

    @Test
    void knowsNothingOfASchedulerWithAnotherName() {
        assertNull(source("SomebodyElsesScheduler").read());
    }

    @Test
    void withoutANameTakesTheOnlySchedulerThereIs() {
        assertEquals("EvergreenTestScheduler", source(" ").read().getName());
    }

    @Test
    void knowsNothingWithoutAnApplicationContext() {
        assertNull(new QuartzSchedulerOverviewSource("EvergreenTestScheduler").read());
    }
}
