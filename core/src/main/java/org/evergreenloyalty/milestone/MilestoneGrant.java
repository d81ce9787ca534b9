package org.evergreenloyalty.milestone;

import java.util.Date;

/**
 * The points one milestone or challenge granted to one customer, keyed by the ledger event key of their entry
 * ({@code milestone:<code>:<customer>}, {@code challenge:<id>:<customer>}), written in the transaction of the
 * grant. A grant reached by an order ({@link #getOrderId()}) was added to that order's points: it matures and is
 * reversed with them, and a grant whose order was cancelled no longer counts as reached. A row of
 * {@value MilestoneRepository#GRANT_TABLE}, read and written with plain SQL (no entity).
 */
public class MilestoneGrant {

    /** A grant of a milestone. */
    public static final String MILESTONE = "MILESTONE";
    /** A grant of a challenge. */
    public static final String CHALLENGE = "CHALLENGE";

    private final String eventKey;
    private final String kind;
    private final String ref;
    private final Long customerId;
    private final Long orderId;
    private final long points;
    private final Date grantedAt;

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
