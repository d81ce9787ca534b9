package org.evergreenloyalty.scheduling;

import java.util.Collection;

/** Runs jobs through the registry (in the caller's thread) or through the scheduler (as a one-off fire). */
public class DefaultJobRunner implements JobRunner {

    private final LoyaltyJobRegistry registry;
    private final QuartzLoyaltyScheduler scheduler;

    public DefaultJobRunner(LoyaltyJobRegistry registry, QuartzLoyaltyScheduler scheduler) {
        this.registry = registry;
        this.scheduler = scheduler;
    }

    @Override
    public Collection<String> getJobNames() {
        return registry.getNames();
    }

    @Override
    public void runNow(String jobName) {
        registry.run(jobName);
    }

    @Override
    public void triggerNow(String jobName) {
        scheduler.fireNow(jobName);
    }
}
