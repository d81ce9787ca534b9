package org.evergreenloyalty.ledger;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

import org.hibernate.annotations.Index;

/**
 * One immutable ledger entry (Fowler's Entry): how much the available, pending and lifetime-earned
 * balances of one account moved, why, for which business event, and who did it. Never updated, never
 * deleted. {@code eventKey} is unique in the database, so one business event is recorded at most once.
 */
@Entity
@Table(name = "EVG_LEDGER_ENTRY", uniqueConstraints = @UniqueConstraint(name = "EVG_LEDGER_EVENT_UK", columnNames = "EVENT_KEY"))
@org.hibernate.annotations.Table(appliesTo = "EVG_LEDGER_ENTRY", indexes = {
        @Index(name = "EVG_LEDGER_CUST_IDX", columnNames = {"CUSTOMER_ID", "CREATED_AT", "ENTRY_ID", "EARNED_DELTA"}),
        @Index(name = "EVG_LEDGER_SOURCE_IDX", columnNames = {"SOURCE_TYPE", "SOURCE_ID"}),
        @Index(name = "EVG_LEDGER_CREATED_IDX", columnNames = {"CREATED_AT"})})
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgLedgerEntryId")
    @TableGenerator(name = "EvgLedgerEntryId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "LedgerEntry", allocationSize = 50)
    @Column(name = "ENTRY_ID", updatable = false)
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ENTRY_TYPE", nullable = false, length = 20, updatable = false)
    private EntryType type;

    @Column(name = "AVAILABLE_DELTA", nullable = false, updatable = false)
    private long availableDelta;

    @Column(name = "PENDING_DELTA", nullable = false, updatable = false)
    private long pendingDelta;

    @Column(name = "EARNED_DELTA", nullable = false, updatable = false)
    private long earnedDelta;

    @Column(name = "AVAILABLE_AFTER", nullable = false, updatable = false)
    private long availableAfter;

    @Column(name = "EVENT_KEY", nullable = false, length = 160, updatable = false)
    private String eventKey;

    @Column(name = "SOURCE_TYPE", length = 40, updatable = false)
    private String sourceType;

    @Column(name = "SOURCE_ID", length = 64, updatable = false)
    private String sourceId;

    @Column(name = "REASON", length = 500, updatable = false)
    private String reason;

    @Column(name = "ACTOR", nullable = false, length = 120, updatable = false)
    private String actor;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Date createdAt;

    protected LedgerEntry() {
    }

    LedgerEntry(Posting p, long availableAfter, Date createdAt) {
        this.customerId = p.getCustomerId();
        this.type = p.getType();
        this.availableDelta = p.getAvailableDelta();
        this.pendingDelta = p.getPendingDelta();
        this.earnedDelta = p.getEarnedDelta();
        this.availableAfter = availableAfter;
        this.eventKey = p.getEventKey();
        this.sourceType = p.getSourceType();
        this.sourceId = p.getSourceId();
        this.reason = p.getReason();
        this.actor = p.getActor();
        this.createdAt = new Date(createdAt.getTime());
    }

    /** Sets the id of an entry written by the batch writer (never of a persisted one). */
    void assignId(long id) { this.id = id; }

    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    public EntryType getType() { return type; }
    public long getAvailableDelta() { return availableDelta; }
    public long getPendingDelta() { return pendingDelta; }
    public long getEarnedDelta() { return earnedDelta; }
    /** The available balance right after this entry. */
    public long getAvailableAfter() { return availableAfter; }
    public String getEventKey() { return eventKey; }
    public String getSourceType() { return sourceType; }
    public String getSourceId() { return sourceId; }
    public String getReason() { return reason; }
    public String getActor() { return actor; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
}
