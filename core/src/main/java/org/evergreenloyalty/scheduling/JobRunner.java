package org.evergreenloyalty.scheduling;

import java.util.Collection;

/**
 * Runs a {@link LoyaltyJob} on demand (bean {@code evgJobRunner}): for tests and the admin "run now" button.
 */
public interface JobRunner {

    /** The names of all registered jobs, sorted. */
    Collection<String> getJobNames();

    /**
     * Runs the job now, in the calling thread, and returns when it has finished; a failure of the job
     * reaches the caller. Works with the scheduler disabled. It is guarded against a concurrent run on
     * this node only, so in a cluster prefer {@link #triggerNow(String)}.
     *
     * @throws UnknownJobException if there is no such job
     * @throws JobAlreadyRunningException if the job is running on this node
     */
    void runNow(String jobName);

    /**
     * Asks the scheduler to fire the job as soon as possible, on whichever node picks it up, never
     * concurrently with another run of the job; returns at once.
     *
     * @throws UnknownJobException if there is no such job
     * @throws IllegalStateException if the scheduler is not running on this node
     */
    void triggerNow(String jobName);
}
