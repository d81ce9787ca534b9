package org.evergreenloyalty.scheduling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallbackWithoutResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module's Quartz scheduler on this node. On start (after every bean of the context exists) it
 * schedules each {@link LoyaltyJob} of the registry on the cron expression of its property, with either
 * Quartz's in-memory store or the clustered JDBC store on the store's database (creating the QRTZ_
 * tables if none exist). With {@code evergreen.scheduler.enabled=false} it creates no Quartz scheduler at
 * all; jobs then run only on demand.
 * <p>
 * Changing a job's cron expression takes effect at the next start of any node; a job that no node
 * knows any more is removed from the schedule by the next node that starts.
 */
public class QuartzLoyaltyScheduler implements SchedulerStatus, SmartLifecycle, DisposableBean {

    /** The Quartz group of the module's jobs and their cron triggers. */
    public static final String GROUP = "evergreen";

    private static final Log LOG = LogFactory.getLog(QuartzLoyaltyScheduler.class);

    private final SchedulerSettings settings;
    private final LoyaltyJobRegistry registry;
    private final Properties cronSource;
    private final DataSourceLocator dataSourceLocator;
    private DataSource dataSource;

    private SchedulerFactoryBean factory;
    private Scheduler scheduler;
    private volatile boolean running;

    /**
     * @param settings          the scheduler settings
     * @param registry          the jobs to schedule
     * @param cronSource        where the jobs' cron properties are read
     * @param dataSourceLocator finds the database of the jdbc store (asked only when the store is jdbc)
     */
    public QuartzLoyaltyScheduler(SchedulerSettings settings, LoyaltyJobRegistry registry, Properties cronSource,
                                  DataSourceLocator dataSourceLocator) {
        this.settings = settings;
        this.registry = registry;
        this.cronSource = cronSource;
        this.dataSourceLocator = dataSourceLocator;
    }

    /** A scheduler on a given data source (tests, or code without a Spring context). */
    public QuartzLoyaltyScheduler(SchedulerSettings settings, LoyaltyJobRegistry registry, Properties cronSource,
                                  DataSource dataSource) {
        this(settings, registry, cronSource, (DataSourceLocator) null);
        this.dataSource = dataSource;
    }

    // ---- lifecycle --------------------------------------------------------------------------------

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        if (!settings.isEnabled()) {
            LOG.info("Evergreen scheduler is disabled on this node (evergreen.scheduler.enabled=false); jobs run only on demand");
            return;
        }
        Map<String, String> crons = readCronExpressions();
        try {
            factory = new SchedulerFactoryBean();
            factory.setSchedulerName(settings.getInstanceName());
            factory.setAutoStartup(false);
            factory.setWaitForJobsToCompleteOnShutdown(true);
            factory.setExposeSchedulerInRepository(false);
            factory.setSchedulerContextAsMap(Collections.singletonMap(LoyaltyQuartzJob.REGISTRY_KEY, registry));
            Properties quartz = baseProperties();
            TransactionTemplate tx = null;
            if (settings.getStore() == SchedulerSettings.Store.JDBC) {
                DataSource ds = dataSource();
                QuartzSchemaInstaller installer = new QuartzSchemaInstaller();
                if (settings.isCreateTables()) {
                    installer.ensureTables(ds);
                }
                QuartzDatabase db = installer.detect(ds);
                quartz.setProperty("org.quartz.jobStore.driverDelegateClass",
                        settings.getDriverDelegate() != null ? settings.getDriverDelegate() : db.getDriverDelegate());
                if (db.getLockHandler() != null) {
                    quartz.setProperty("org.quartz.jobStore.lockHandler.class", db.getLockHandler());
                }
                quartz.setProperty("org.quartz.jobStore.isClustered", "true");
                quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", String.valueOf(settings.getClusterCheckinIntervalMs()));
                quartz.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
                quartz.setProperty("org.quartz.jobStore.tablePrefix", QuartzSchemaInstaller.PREFIX);
                factory.setDataSource(ds);
                tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
            } else {
                quartz.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            }
            factory.setQuartzProperties(quartz);
            factory.afterPropertiesSet();
            scheduler = factory.getScheduler();
            register(crons, tx);
            factory.start();
            running = true;
            LOG.info("Evergreen scheduler started: store " + getStoreType() + ", node " + scheduler.getSchedulerInstanceId()
                    + ", jobs " + crons);
        } catch (Exception e) {
            shutdownQuietly();
            if (e instanceof RuntimeException) {
                throw (RuntimeException) e;
            }
            throw new IllegalStateException("Evergreen scheduler failed to start: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (running) {
            LOG.info("Evergreen scheduler stopping (waits for running jobs)");
        }
        running = false;
        shutdownQuietly();
    }

    @Override
    public void stop(Runnable callback) {
        stop();
        callback.run();
    }

    @Override
    public void destroy() {
        stop();
    }

    @Override
    public boolean isAutoStartup() {
        return true;
    }

    /** Starts last and stops first, so jobs find every other bean running. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    // ---- status ------------------------------------------------------------------------------------

    @Override
    public boolean isEnabled() {
        return settings.isEnabled();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public String getStoreType() {
        return settings.getStore().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean isClustered() {
        return settings.getStore() == SchedulerSettings.Store.JDBC;
    }

    @Override
    public String getNodeId() {
        Scheduler s = scheduler;
        if (s == null || !running) {
            return null;
        }
        try {
            return s.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return null;
        }
    }

    @Override
    public List<JobStatus> getJobs() {
        List<JobStatus> result = new ArrayList<JobStatus>();
        Scheduler s = running ? scheduler : null;
        for (LoyaltyJob job : registry.getAll()) {
            String name = job.getName();
            String cron = cronOf(job);
            boolean runningHere = registry.isRunning(name);
            if (s == null) {
                result.add(new JobStatus(name, cron, null, null, "SCHEDULER_OFF", runningHere));
                continue;
            }
            try {
                Trigger t = s.getTrigger(TriggerKey.triggerKey(name, GROUP));
                if (t == null) {
                    result.add(new JobStatus(name, cron, null, null, "UNSCHEDULED", runningHere));
                } else {
                    String expression = t instanceof CronTrigger ? ((CronTrigger) t).getCronExpression() : cron;
                    result.add(new JobStatus(name, expression, t.getPreviousFireTime(), t.getNextFireTime(),
                            s.getTriggerState(t.getKey()).name(), runningHere));
                }
            } catch (SchedulerException e) {
                result.add(new JobStatus(name, cron, null, null, "UNKNOWN: " + e.getMessage(), runningHere));
            }
        }
        return result;
    }

    // ---- on demand ---------------------------------------------------------------------------------

    /**
     * Fires the job once, as soon as a node of the scheduler picks it up.
     *
     * @throws UnknownJobException if there is no such job
     * @throws IllegalStateException if the scheduler is not running on this node
     */
    public void fireNow(String jobName) {
        registry.get(jobName);
        Scheduler s = running ? scheduler : null;
        if (s == null) {
            throw new IllegalStateException("The Evergreen scheduler is not running on this node"
                    + (settings.isEnabled() ? "" : " (evergreen.scheduler.enabled=false)") + "; cannot trigger '" + jobName + "'");
        }
        try {
            s.triggerJob(JobKey.jobKey(jobName, GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Cannot trigger loyalty job '" + jobName + "': " + e.getMessage(), e);
        }
    }

    /** The underlying Quartz scheduler while running, else null (for tests and diagnostics). */
    Scheduler quartz() {
        return running ? scheduler : null;
    }

    // ---- internals ---------------------------------------------------------------------------------

    private DataSource dataSource() {
        if (dataSource == null) {
            if (dataSourceLocator == null) {
                throw new IllegalStateException("evergreen.scheduler.store=jdbc needs a data source, and none was given");
            }
            dataSource = dataSourceLocator.locate();
        }
        return dataSource;
    }

    private Properties baseProperties() {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceId", settings.getNodeId());
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.getThreads()));
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "evergreen-" + settings.getNodeId() + "-job");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return p;
    }

    /** The cron expression of every job (null when unscheduled); fails on a missing or invalid one. */
    private Map<String, String> readCronExpressions() {
        Map<String, String> crons = new TreeMap<String, String>();
        for (LoyaltyJob job : registry.getAll()) {
            String key = job.getCronPropertyKey();
            if (!cronSource.containsKey(key)) {
                throw new IllegalStateException("Loyalty job '" + job.getName() + "' has no schedule: set " + key
                        + " to a Quartz cron expression, or to 'off' to run it only on demand");
            }
            String cron = cronOf(job);
            if (cron != null && !CronExpression.isValidExpression(cron)) {
                String detail;
                try {
                    CronExpression.validateExpression(cron);
                    detail = "";
                } catch (java.text.ParseException e) {
                    detail = ": " + e.getMessage();
                }
                throw new IllegalStateException(key + " is not a valid Quartz cron expression: '" + cron + "'" + detail);
            }
            crons.put(job.getName(), cron);
        }
        return crons;
    }

    private String cronOf(LoyaltyJob job) {
        String v = cronSource.getProperty(job.getCronPropertyKey());
        if (v == null || v.trim().isEmpty() || "off".equalsIgnoreCase(v.trim())) {
            return null;
        }
        return v.trim();
    }

    private void register(final Map<String, String> crons, TransactionTemplate tx) throws SchedulerException {
        if (tx == null) {
            registerJobs(crons);
            return;
        }
        try {
            tx.execute(new TransactionCallbackWithoutResult() {
                @Override
                protected void doInTransactionWithoutResult(TransactionStatus status) {
                    try {
                        registerJobs(crons);
                    } catch (SchedulerException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SchedulerException) {
                throw (SchedulerException) e.getCause();
            }
            throw e;
        }
    }

    private void registerJobs(Map<String, String> crons) throws SchedulerException {
        for (Map.Entry<String, String> e : crons.entrySet()) {
            String name = e.getKey();
            String cron = e.getValue();
            JobKey jobKey = JobKey.jobKey(name, GROUP);
            TriggerKey triggerKey = TriggerKey.triggerKey(name, GROUP);
            JobDetail detail = JobBuilder.newJob(LoyaltyQuartzJob.class).withIdentity(jobKey).storeDurably()
                    .withDescription("Evergreen loyalty job " + name).build();
            if (cron == null) {
                scheduler.addJob(detail, true);
                if (scheduler.checkExists(triggerKey)) {
                    scheduler.unscheduleJob(triggerKey);
                }
                continue;
            }
            Trigger existing = scheduler.getTrigger(triggerKey);
            if (existing instanceof CronTrigger && cron.equals(((CronTrigger) existing).getCronExpression())
                    && scheduler.checkExists(jobKey)) {
                continue;
            }
            CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(jobKey)
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed())
                    .build();
            Set<Trigger> triggers = Collections.<Trigger>singleton(trigger);
            scheduler.scheduleJob(detail, triggers, true);
        }
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!crons.containsKey(key.getName())) {
                LOG.info("Removing loyalty job '" + key.getName() + "' from the schedule: no such job on this node");
                scheduler.deleteJob(key);
            }
        }
    }

    private void shutdownQuietly() {
        SchedulerFactoryBean f = factory;
        factory = null;
        scheduler = null;
        if (f != null) {
            try {
                f.destroy();
            } catch (Exception e) {
                LOG.warn("Evergreen scheduler did not shut down cleanly: " + e.getMessage(), e);
            }
        }
    }
}
