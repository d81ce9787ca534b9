package org.evergreenloyalty.customevent;

import java.util.Date;

/**
 * One custom earning event that granted points, keyed by its ledger event key {@code custom:<type>:<eventId>}: a row
 * of {@value CustomEventRepository#EVENT_TABLE} ({@code EVENT_KEY}, {@code TYPE_KEY}, {@code EVENT_ID},
 * {@code CUSTOMER_ID}, {@code POINTS}, {@code RECORDED_AT}), read and written with plain SQL (no entity).
 */
public class CustomEvent {

    private final String eventKey;
    private final String type;
    private final String eventId;
    private final long customerId;
    private final long points;
    private final Date recordedAt;

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
