package org.evergreenloyalty.ledger;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * A batch of available points from one crediting entry, consumed oldest first by spending and
 * reversals and expired as a whole when its time is up. Derived state kept in step with the ledger:
 * the remaining points of all lots of an account always equal its available balance when positive.
 */
@Entity
@Table(name = "EVG_POINT_LOT")
@org.hibernate.annotations.Table(appliesTo = "EVG_POINT_LOT", indexes = {
        @Index(name = "EVG_LOT_CUST_EXPIRES_IDX", columnNames = {"CUSTOMER_ID", "EXPIRES_AT"}),
        @Index(name = "EVG_LOT_EXPIRES_IDX", columnNames = {"EXPIRES_AT"})})
public class PointLot {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgPointLotId")
    @TableGenerator(name = "EvgPointLotId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "PointLot", allocationSize = 50)
    @Column(name = "LOT_ID")
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "SOURCE_ENTRY_ID", nullable = false, updatable = false)
    private Long sourceEntryId;

    @Column(name = "ORIGINAL_POINTS", nullable = false, updatable = false)
    private long originalPoints;

    @Column(name = "REMAINING_POINTS", nullable = false)
    private long remainingPoints;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREDITED_AT", nullable = false, updatable = false)
    private Date creditedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_AT")
    private Date expiresAt;

    @Column(name = "REMINDER_SENT", nullable = false)
    private boolean reminderSent;

    protected PointLot() {
    }

    PointLot(long customerId, long sourceEntryId, long points, Date creditedAt, Date expiresAt) {
        this.customerId = customerId;
        this.sourceEntryId = sourceEntryId;
        this.originalPoints = points;
        this.remainingPoints = points;
        this.creditedAt = new Date(creditedAt.getTime());
        this.expiresAt = expiresAt == null ? null : new Date(expiresAt.getTime());
    }

    /** Takes up to {@code wanted} points from this lot and returns how many it took. */
    long take(long wanted) {
        long taken = Math.min(wanted, remainingPoints);
        remainingPoints -= taken;
        return taken;
    }

    void markReminderSent() {
        reminderSent = true;
    }

    void setExpiresAt(Date expiresAt) {
        this.expiresAt = expiresAt == null ? null : new Date(expiresAt.getTime());
    }

    /** Sets the id of a lot written by the batch writer (never of a persisted one). */
    void assignId(long id) { this.id = id; }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public long getSourceEntryId() { return sourceEntryId; }
    public long getOriginalPoints() { return originalPoints; }
    public long getRemainingPoints() { return remainingPoints; }
    public Date getCreditedAt() { return new Date(creditedAt.getTime()); }
    public Date getExpiresAt() { return expiresAt == null ? null : new Date(expiresAt.getTime()); }
    public boolean isReminderSent() { return reminderSent; }
}
