package org.evergreenloyalty.order.jobs;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.order.OrderRecoveryService;
import org.evergreenloyalty.scheduling.JobRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * At start-up: records the installation date (the sweep never books orders from before it) and asks the
 * scheduler to run {@code order-recovery} once, so orders interrupted by a crash are booked right after the
 * restart (through the scheduler: one node runs it, never two at once).
 */
public class RecoveryAtStartup implements ApplicationListener<ContextRefreshedEvent> {

    private static final Log LOG = LogFactory.getLog(RecoveryAtStartup.class);

    private final OrderRecoveryService recovery;
    private final JobRunner jobs;
    private final boolean enabled;
    private volatile boolean done;

    public RecoveryAtStartup(OrderRecoveryService recovery, JobRunner jobs, boolean enabled) {
        this.recovery = recovery;
        this.jobs = jobs;
        this.enabled = enabled;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (done) {
            return;
        }
        done = true;
        LOG.info("Evergreen sees the store's orders since " + recovery.installedAt());
        if (!enabled) {
            return;
        }
        try {
            jobs.triggerNow("order-recovery");
        } catch (IllegalStateException e) {
            LOG.info("Order recovery not triggered at start-up: " + e.getMessage());
        }
    }
}
