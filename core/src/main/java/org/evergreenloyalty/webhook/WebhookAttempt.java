package org.evergreenloyalty.webhook;

import java.util.Date;

/**
 * One attempt to deliver a webhook: when, the receiver's status code (null: no answer), the error, how long it took.
 * The delivery log of Loyalty &gt; Webhooks shows them per subscription. A row of {@value WebhookRepository#ATTEMPT_TABLE}
 * (ATTEMPT_ID, DELIVERY_ID, SUB_ID, EVENT_TYPE, ATTEMPTED_AT, STATUS_CODE, SUCCESS, ERROR, DURATION_MS; indexes
 * EVG_WHATT_SUB_IDX on SUB_ID, ATTEMPTED_AT and EVG_WHATT_DEL_IDX on DELIVERY_ID), read and written by
 * {@link WebhookRepository}.
 */
public class WebhookAttempt {

    private final Long id;
    private final long deliveryId;
    private final long subscriptionId;
    private final String eventType;
    private final Date attemptedAt;
    private final Integer statusCode;
    private final boolean success;
    private final String error;
    private final long durationMs;

    public WebhookAttempt(WebhookDelivery d, Date attemptedAt, Integer statusCode, boolean success, String error, long durationMs) {
        this(null, d.getId(), d.getSubscriptionId(), d.getEventType(), attemptedAt, statusCode, success, error, durationMs);
    }

    WebhookAttempt(Long id, long deliveryId, long subscriptionId, String eventType, Date attemptedAt, Integer statusCode,
                   boolean success, String error, long durationMs) {
        this.id = id;
        this.deliveryId = deliveryId;
        this.subscriptionId = subscriptionId;
        this.eventType = eventType;
        this.attemptedAt = new Date(attemptedAt.getTime());
        this.statusCode = statusCode;
        this.success = success;
        this.error = error;
        this.durationMs = durationMs;
    }

    /** The row's id (null before it is stored). */
    public Long getId() { return id; }
    public long getDeliveryId() { return deliveryId; }
    public long getSubscriptionId() { return subscriptionId; }
    public String getEventType() { return eventType; }
    public Date getAttemptedAt() { return new Date(attemptedAt.getTime()); }
    public Integer getStatusCode() { return statusCode; }
    public boolean isSuccess() { return success; }
    public String getError() { return error; }
    public long getDurationMs() { return durationMs; }
}
