package org.evergreenloyalty.admin.status;

/**
 * Somewhere the admin can learn the loyalty e-mail settings from (the module's configuration, its mail
 * settings bean, ...).
 */
public interface MailOverviewSource {

    /** The settings, or null when this source knows of none. */
    MailOverview read();
}
