package org.evergreenloyalty.admin.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

/**
 * Reads the loyalty scheduler straight from Quartz: the {@link Scheduler} bean of this application
 * (or of a parent context) whose scheduler name is the configured one, with every trigger of every job.
 * Knows nothing (returns null) when no such scheduler exists.
 */
public class QuartzSchedulerOverviewSource implements SchedulerOverviewSource, ApplicationContextAware {

    private final String schedulerName;
    private ApplicationContext context;

    /**
     * @param schedulerName the Quartz scheduler name to look for (e.g. the value of
     *        {@code evergreen.scheduler.instanceName}); blank means "the only scheduler there is"
     */
    public QuartzSchedulerOverviewSource(String schedulerName) {
        this.schedulerName = schedulerName == null || schedulerName.trim().isEmpty() ? null : schedulerName.trim();
    }

    @Override
    public void setApplicationContext(ApplicationContext context) throws BeansException {
        this.context = context;
    }

    @Override
    public SchedulerOverview read() {
        if (context == null) {
            return null;
        }
        Scheduler scheduler = find(BeanFactoryUtils.beansOfTypeIncludingAncestors(context, Scheduler.class));
        return scheduler == null ? null : describe(scheduler);
    }

    private Scheduler find(Map<String, Scheduler> schedulers) {
        if (schedulerName == null) {
            return schedulers.size() == 1 ? schedulers.values().iterator().next() : null;
        }
        for (Scheduler scheduler : schedulers.values()) {
            try {
                if (schedulerName.equals(scheduler.getSchedulerName())) {
                    return scheduler;
                }
            } catch (SchedulerException e) {
                // a scheduler we cannot even name is not the one we look for
            }
        }
        return null;
    }

    /** The overview of one Quartz scheduler; a failure to read it is reported, not thrown. */
    public static SchedulerOverview describe(Scheduler scheduler) {
        String name = null;
        try {
            name = scheduler.getSchedulerName();
            SchedulerMetaData meta = scheduler.getMetaData();
            SchedulerOverview.State state = scheduler.isShutdown() ? SchedulerOverview.State.SHUT_DOWN
                    : scheduler.isStarted() && !scheduler.isInStandbyMode() ? SchedulerOverview.State.RUNNING
                    : SchedulerOverview.State.STANDBY;
            List<JobOverview> jobs = scheduler.isShutdown() ? Collections.<JobOverview>emptyList() : jobsOf(scheduler);
            String store = meta.getJobStoreClass() == null ? null : meta.getJobStoreClass().getSimpleName();
            return SchedulerOverview.of(state, name, store, meta.isJobStoreClustered(), jobs);
        } catch (SchedulerException e) {
            return SchedulerOverview.unavailable(name, e.getMessage());
        }
    }

    private static List<JobOverview> jobsOf(Scheduler scheduler) throws SchedulerException {
        List<JobOverview> jobs = new ArrayList<JobOverview>();
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.anyJobGroup())) {
            for (Trigger trigger : scheduler.getTriggersOfJob(key)) {
                jobs.add(new JobOverview(nameOf(key), scheduleOf(trigger), trigger.getNextFireTime(),
                        trigger.getPreviousFireTime(), String.valueOf(scheduler.getTriggerState(trigger.getKey()))));
            }
        }
        Collections.sort(jobs, new Comparator<JobOverview>() {
            @Override
            public int compare(JobOverview a, JobOverview b) {
                return a.getName().compareTo(b.getName());
            }
        });
        return jobs;
    }

    private static String nameOf(JobKey key) {
        return Scheduler.DEFAULT_GROUP.equals(key.getGroup()) ? key.getName() : key.getGroup() + "." + key.getName();
    }

    private static String scheduleOf(Trigger trigger) {
        if (trigger instanceof CronTrigger) {
            return ((CronTrigger) trigger).getCronExpression();
        }
        if (trigger instanceof SimpleTrigger) {
            SimpleTrigger simple = (SimpleTrigger) trigger;
            return simple.getRepeatCount() == 0 ? "once"
                    : "every " + simple.getRepeatInterval() + " ms";
        }
        return trigger.getClass().getSimpleName();
    }
}
