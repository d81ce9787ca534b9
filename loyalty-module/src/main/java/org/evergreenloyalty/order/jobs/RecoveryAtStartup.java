package org.evergreenloyalty.order.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.scheduling.JobRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Asks the scheduler to run {@code order-recovery} once when the store starts, so orders interrupted by a
 * crash are booked right after the restart (through the scheduler: one node runs it, never two at once).
 */
public class RecoveryAtStartup implements ApplicationListener<ContextRefreshedEvent> {

    private static final Log LOG = LogFactory.getLog(RecoveryAtStartup.class);

    private final JobRunner jobs;
    private final boolean enabled;
    private volatile boolean done;

    public RecoveryAtStartup(JobRunner jobs, boolean enabled) {
        this.jobs = jobs;
        this.enabled = enabled;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (!enabled || done) {
            return;
        }
        done = true;
        try {
            jobs.triggerNow("order-recovery");
        } catch (IllegalStateException e) {
            LOG.info("Order recovery not triggered at start-up: " + e.getMessage());
        }
    }
}
