package org.evergreenloyalty.order;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The single row that says since when the module sees the store's orders, and how far the recovery sweep
 * has looked: orders placed before the installation are never booked by the sweep.
 */
@Entity
@Table(name = "EVG_INSTALLATION")
public class ModuleInstallation {

    /** The id of the one row. */
    public static final int ID = 1;

    @Id
    @Column(name = "INSTALLATION_ID", nullable = false)
    private Integer id;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "INSTALLED_AT", nullable = false)
    private Date installedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SWEPT_UNTIL")
    private Date sweptUntil;

    protected ModuleInstallation() {
    }

    ModuleInstallation(Date installedAt) {
        this.id = ID;
        this.installedAt = new Date(installedAt.getTime());
    }

    public Date getInstalledAt() { return new Date(installedAt.getTime()); }
    /** The end of the last complete sweep (null before the first). */
    public Date getSweptUntil() { return sweptUntil == null ? null : new Date(sweptUntil.getTime()); }

    void sweptUntil(Date until) {
        if (sweptUntil == null || until.after(sweptUntil)) {
            this.sweptUntil = new Date(until.getTime());
        }
    }
}
