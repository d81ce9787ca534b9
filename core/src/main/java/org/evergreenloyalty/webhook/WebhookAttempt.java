package org.evergreenloyalty.webhook;

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
 * One attempt to deliver a webhook (table {@code EVG_WEBHOOK_ATTEMPT}): when, the receiver's status code (null:
 * no answer), the error, how long it took. The delivery log of Loyalty &gt; Webhooks shows them per subscription.
 */
@Entity
@Table(name = "EVG_WEBHOOK_ATTEMPT")
@org.hibernate.annotations.Table(appliesTo = "EVG_WEBHOOK_ATTEMPT", indexes = {
        @Index(name = "EVG_WHATT_SUB_IDX", columnNames = {"SUB_ID", "ATTEMPTED_AT"}),
        @Index(name = "EVG_WHATT_DEL_IDX", columnNames = {"DELIVERY_ID"})})
public class WebhookAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgWebhookAttemptId")
    @TableGenerator(name = "EvgWebhookAttemptId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "WebhookAttempt", allocationSize = 50)
    @Column(name = "ATTEMPT_ID")
    private Long id;

    @Column(name = "DELIVERY_ID", nullable = false)
    private Long deliveryId;
    @Column(name = "SUB_ID", nullable = false)
    private Long subscriptionId;
    @Column(name = "EVENT_TYPE", nullable = false, length = 40)
    private String eventType;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ATTEMPTED_AT", nullable = false)
    private Date attemptedAt;
    @Column(name = "STATUS_CODE")
    private Integer statusCode;
    @Column(name = "SUCCESS", nullable = false)
    private Boolean success;
    @Column(name = "ERROR", length = 1000)
    private String error;
    @Column(name = "DURATION_MS", nullable = false)
    private long durationMs;

    protected WebhookAttempt() {
    }

    public WebhookAttempt(WebhookDelivery d, Date attemptedAt, Integer statusCode, boolean success, String error, long durationMs) {
        this.deliveryId = d.getId();
        this.subscriptionId = d.getSubscriptionId();
        this.eventType = d.getEventType();
        this.attemptedAt = new Date(attemptedAt.getTime());
        this.statusCode = statusCode;
        this.success = success;
        this.error = error;
        this.durationMs = durationMs;
    }

    public Long getId() { return id; }
    public long getDeliveryId() { return deliveryId; }
    public long getSubscriptionId() { return subscriptionId; }
    public String getEventType() { return eventType; }
    public Date getAttemptedAt() { return new Date(attemptedAt.getTime()); }
    public Integer getStatusCode() { return statusCode; }
    public boolean isSuccess() { return Boolean.TRUE.equals(success); }
    public String getError() { return error; }
    public long getDurationMs() { return durationMs; }
}
