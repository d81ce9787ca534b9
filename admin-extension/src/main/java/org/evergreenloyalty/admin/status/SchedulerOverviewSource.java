package org.evergreenloyalty.admin.status;

/**
 * Somewhere the admin can learn the loyalty scheduler's state from (a Quartz scheduler, the module's
 * own status bean, ...).
 */
public interface SchedulerOverviewSource {

    /** The scheduler's state, or null when this source knows of no scheduler. */
    SchedulerOverview read();
}
