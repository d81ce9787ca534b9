package org.evergreenloyalty.order;

import java.util.Date;

/**
 * The single row that says since when the module sees the store's orders, and how far the recovery sweep
 * has looked: orders placed before the installation are never booked by the sweep. The row of
 * {@value OrderRecoveryRepository#INSTALLATION_TABLE} (INSTALLATION_ID, always {@value #ID}, INSTALLED_AT, SWEPT_UNTIL),
 * read and written by {@link OrderRecoveryRepository}.
 */
public class ModuleInstallation {

    /** The id of the one row. */
    public static final int ID = 1;

    private final Date installedAt;
    private final Date sweptUntil;

    ModuleInstallation(Date installedAt, Date sweptUntil) {
        this.installedAt = new Date(installedAt.getTime());
        this.sweptUntil = sweptUntil == null ? null : new Date(sweptUntil.getTime());
    }

    public Date getInstalledAt() { return new Date(installedAt.getTime()); }
    /** The end of the last complete sweep (null before the first). */
    public Date getSweptUntil() { return sweptUntil == null ? null : new Date(sweptUntil.getTime()); }
}
