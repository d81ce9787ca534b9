package org.evergreenloyalty.customevent;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/** One custom earning event that granted points, keyed by its ledger event key {@code custom:<type>:<eventId>}. */
@Entity
@Table(name = "EVG_CUSTOM_EVENT")
@org.hibernate.annotations.Table(appliesTo = "EVG_CUSTOM_EVENT", indexes = {
        @Index(name = "EVG_CUSTEVT_CUST_IX", columnNames = {"CUSTOMER_ID", "TYPE_KEY", "RECORDED_AT"}),
        @Index(name = "EVG_CUSTEVT_RULE_IX", columnNames = {"TYPE_KEY"})})
public class CustomEvent {

    @Id
    @Column(name = "EVENT_KEY", length = 160)
    private String eventKey;
    @Column(name = "TYPE_KEY", nullable = false, length = 60)
    private String type;
    @Column(name = "EVENT_ID", nullable = false, length = 80)
    private String eventId;
    @Column(name = "CUSTOMER_ID", nullable = false)
    private long customerId;
    @Column(name = "POINTS", nullable = false)
    private long points;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RECORDED_AT", nullable = false)
    private Date recordedAt;

    protected CustomEvent() {
    }

    CustomEvent(String eventKey, String type, String eventId, long customerId, long points, Date recordedAt) {
        this.eventKey = eventKey;
        this.type = type;
        this.eventId = eventId;
        this.customerId = customerId;
        this.points = points;
        this.recordedAt = new Date(recordedAt.getTime());
    }

    public String getEventKey() { return eventKey; }
    public String getType() { return type; }
    public String getEventId() { return eventId; }
    public long getCustomerId() { return customerId; }
    public long getPoints() { return points; }
    public Date getRecordedAt() { return new Date(recordedAt.getTime()); }
}
