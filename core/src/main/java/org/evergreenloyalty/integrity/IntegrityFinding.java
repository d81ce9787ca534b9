package org.evergreenloyalty.integrity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/**
 * One mismatch the integrity check found between the store's orders and the points ledger, or inside the
 * ledger: its kind, the order, customer, offer code and ledger entry concerned (each when known), and the
 * points the ledger should hold against the points it holds.
 */
@Entity
@Table(name = "EVG_INTEGRITY_FINDING")
public class IntegrityFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgIntegrityFindingId")
    @TableGenerator(name = "EvgIntegrityFindingId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "IntegrityFinding", allocationSize = 50)
    @Column(name = "FINDING_ID")
    private Long id;
    @Column(name = "RUN_ID", nullable = false)
    private Long runId;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    private FindingKind kind;
    @Column(name = "ORDER_ID")
    private Long orderId;
    @Column(name = "ORDER_NUMBER", length = 255)
    private String orderNumber;
    @Column(name = "CUSTOMER_ID")
    private Long customerId;
    @Column(name = "OFFER_CODE", length = 100)
    private String offerCode;
    @Column(name = "ENTRY_ID")
    private Long entryId;
    @Column(name = "EXPECTED_POINTS")
    private Long expectedPoints;
    @Column(name = "RECORDED_POINTS")
    private Long recordedPoints;

    protected IntegrityFinding() {
    }

    private IntegrityFinding(FindingKind kind) {
        this.kind = kind;
    }

    /** A finding of {@code kind}; the check fills in what it knows. */
    static IntegrityFinding of(FindingKind kind) {
        return new IntegrityFinding(kind);
    }

    IntegrityFinding order(long orderId, String orderNumber, Long customerId) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        return this;
    }

    IntegrityFinding customer(Long customerId) {
        this.customerId = customerId;
        return this;
    }

    IntegrityFinding code(String offerCode) {
        this.offerCode = offerCode;
        return this;
    }

    IntegrityFinding entry(Long entryId) {
        this.entryId = entryId;
        return this;
    }

    IntegrityFinding points(Long expected, Long recorded) {
        this.expectedPoints = expected;
        this.recordedPoints = recorded;
        return this;
    }

    /** A stored copy of this finding for run {@code runId}. */
    IntegrityFinding forRun(long runId) {
        IntegrityFinding f = new IntegrityFinding(kind);
        f.runId = runId;
        f.orderId = orderId;
        f.orderNumber = orderNumber;
        f.customerId = customerId;
        f.offerCode = offerCode;
        f.entryId = entryId;
        f.expectedPoints = expectedPoints;
        f.recordedPoints = recordedPoints;
        return f;
    }

    public Long getId() { return id; }
    public Long getRunId() { return runId; }
    public FindingKind getKind() { return kind; }
    public FindingGroup getGroup() { return kind.getGroup(); }
    /** The order concerned (for an orphan REDEEM the id it names, which may not exist); null for balances. */
    public Long getOrderId() { return orderId; }
    public String getOrderNumber() { return orderNumber; }
    public Long getCustomerId() { return customerId; }
    /** The module code on the order (PTS-... or VCH-...), when the finding concerns one. */
    public String getOfferCode() { return offerCode; }
    /** The ledger entry concerned (an orphan REDEEM), or null. */
    public Long getEntryId() { return entryId; }
    /** The points the ledger should hold (from the discount, or the sum of the entries), or null when unknown. */
    public Long getExpectedPoints() { return expectedPoints; }
    /** The points the ledger holds (REDEEM entries, or the stored balance), or null when none. */
    public Long getRecordedPoints() { return recordedPoints; }

    @Override
    public String toString() {
        return kind + "[order " + orderId + ", customer " + customerId + ", code " + offerCode + ", entry " + entryId
                + ", expected " + expectedPoints + ", recorded " + recordedPoints + "]";
    }
}
