package org.evergreenloyalty.scheduling;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/**
 * The Quartz job behind every {@link LoyaltyJob}: its job key names the loyalty job, which it runs through
 * the {@link LoyaltyJobRegistry} found in the scheduler context. Never runs concurrently for one job key
 * (with the clustered store: across all nodes).
 */
@DisallowConcurrentExecution
public class LoyaltyQuartzJob implements Job {

    /** Scheduler context key of the {@link LoyaltyJobRegistry}. */
    public static final String REGISTRY_KEY = "evergreen.loyaltyJobRegistry";

    private static final Log LOG = LogFactory.getLog(LoyaltyQuartzJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String name = context.getJobDetail().getKey().getName();
        LoyaltyJobRegistry registry;
        try {
            registry = (LoyaltyJobRegistry) context.getScheduler().getContext().get(REGISTRY_KEY);
        } catch (SchedulerException e) {
            throw new JobExecutionException("No scheduler context for loyalty job " + name, e, false);
        }
        if (registry == null) {
            throw new JobExecutionException("No loyalty job registry in the scheduler context; cannot run " + name);
        }
        try {
            registry.run(name);
        } catch (UnknownJobException e) {
            LOG.warn("The scheduler fired '" + name + "', which this node does not know (removed feature, or an older node"
                    + " in the cluster); skipped");
        } catch (JobAlreadyRunningException e) {
            LOG.info(e.getMessage() + " (started on demand); this scheduled fire is skipped");
        } catch (RuntimeException e) {
            throw new JobExecutionException("Loyalty job " + name + " failed: " + e.getMessage(), e, false);
        }
    }
}
