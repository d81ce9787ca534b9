package org.evergreenloyalty.admin.status;

/**
 * What the admin's Loyalty &gt; Settings page shows about the running module: its version, its scheduler
 * and its e-mail settings. Each answer reflects the live application, never a copy of the defaults.
 */
public interface LoyaltyInfrastructureView {

    /** The installed module's version, or {@link ModuleVersion#UNKNOWN}. */
    String moduleVersion();

    /** The loyalty scheduler on this node; {@link SchedulerOverview#notConfigured()} when there is none. */
    SchedulerOverview scheduler();

    /** The loyalty e-mail settings; {@link MailOverview#notConfigured()} when there are none. */
    MailOverview mail();
}
