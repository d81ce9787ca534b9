package org.evergreenloyalty.milestone;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * The points one milestone or challenge granted to one customer, keyed by the ledger event key of their entry
 * ({@code milestone:<code>:<customer>}, {@code challenge:<id>:<customer>}), written in the transaction of the
 * grant. A grant reached by an order ({@link #getOrderId()}) was added to that order's points: it matures and is
 * reversed with them, and a grant whose order was cancelled no longer counts as reached.
 */
@Entity
@Table(name = "EVG_MILESTONE_GRANT")
public class MilestoneGrant {

    /** A grant of a milestone. */
    public static final String MILESTONE = "MILESTONE";
    /** A grant of a challenge. */
    public static final String CHALLENGE = "CHALLENGE";

    @Id
    @Column(name = "EVENT_KEY", length = 160)
    private String eventKey;
    @Column(name = "KIND", length = 10, nullable = false)
    private String kind;
    @Index(name = "EVG_MSGRANT_REF_IX")
    @Column(name = "REF", length = 40, nullable = false)
    private String ref;
    @Index(name = "EVG_MSGRANT_CUST_IX")
    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;
    @Column(name = "ORDER_ID")
    private Long orderId;
    @Column(name = "POINTS", nullable = false)
    private long points;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "GRANTED_AT", nullable = false)
    private Date grantedAt;

    protected MilestoneGrant() {
    }

    public MilestoneGrant(String eventKey, String kind, String ref, long customerId, Long orderId, long points, Date grantedAt) {
        this.eventKey = eventKey;
        this.kind = kind;
        this.ref = ref;
        this.customerId = customerId;
        this.orderId = orderId;
        this.points = points;
        this.grantedAt = new Date(grantedAt.getTime());
    }

    public String getEventKey() { return eventKey; }
    public String getKind() { return kind; }
    /** The milestone's code or the challenge's id. */
    public String getRef() { return ref; }
    public Long getCustomerId() { return customerId; }
    public Long getOrderId() { return orderId; }
    public long getPoints() { return points; }
    public Date getGrantedAt() { return new Date(grantedAt.getTime()); }
}
