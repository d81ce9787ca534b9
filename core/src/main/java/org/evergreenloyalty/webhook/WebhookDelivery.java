package org.evergreenloyalty.webhook;

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

import org.hibernate.annotations.Index;

/**
 * One event for one subscription in the webhook outbox (table {@code EVG_WEBHOOK_DELIVERY}): written in the
 * business transaction that caused the event, sent later by the {@link WebhookSender}. Holds the event (id,
 * type, when, its data as JSON) and the sender's bookkeeping: status, attempts, next attempt, the last answer,
 * and a claim (token and lease) so two nodes never send it at once.
 */
@Entity
@Table(name = "EVG_WEBHOOK_DELIVERY")
@org.hibernate.annotations.Table(appliesTo = "EVG_WEBHOOK_DELIVERY", indexes = {
        @Index(name = "EVG_WHDEL_DUE_IDX", columnNames = {"STATUS", "NEXT_ATTEMPT_AT"}),
        @Index(name = "EVG_WHDEL_SUB_IDX", columnNames = {"SUB_ID", "CREATED_AT"}),
        @Index(name = "EVG_WHDEL_CLAIM_IDX", columnNames = {"CLAIM_TOKEN"})})
public class WebhookDelivery {

    /** Largest JSON of an event's data. */
    public static final int MAX_DATA = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgWebhookDeliveryId")
    @TableGenerator(name = "EvgWebhookDeliveryId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "WebhookDelivery", allocationSize = 50)
    @Column(name = "DELIVERY_ID")
    private Long id;

    @Column(name = "SUB_ID", nullable = false)
    private Long subscriptionId;
    @Column(name = "EVENT_ID", nullable = false, length = 40)
    private String eventId;
    @Column(name = "EVENT_TYPE", nullable = false, length = 40)
    private String eventType;
    @Column(name = "DATA", nullable = false, length = MAX_DATA)
    private String data;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private DeliveryStatus status = DeliveryStatus.PENDING;
    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private Date nextAttemptAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_ATTEMPT_AT")
    private Date lastAttemptAt;
    @Column(name = "LAST_STATUS_CODE")
    private Integer lastStatusCode;
    @Column(name = "LAST_ERROR", length = 1000)
    private String lastError;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DELIVERED_AT")
    private Date deliveredAt;
    @Column(name = "CLAIM_TOKEN", length = 40)
    private String claimToken;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CLAIMED_UNTIL")
    private Date claimedUntil;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long subscriptionId, String eventId, String eventType, String data, Date createdAt) {
        this.subscriptionId = subscriptionId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.data = data;
        this.createdAt = new Date(createdAt.getTime());
        this.nextAttemptAt = new Date(createdAt.getTime());
    }

    /** Sets the id from the entity's generator before a batched insert. */
    void assignId(long id) {
        this.id = id;
    }

    public Long getId() { return id; }
    public long getSubscriptionId() { return subscriptionId; }
    /** The event's id: the same for every subscription that got the event, and on every attempt. */
    public String getEventId() { return eventId; }
    public String getEventType() { return eventType; }
    /** The event's data, a JSON object. */
    public String getData() { return data; }
    /** When the event happened (module clock). */
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
    public DeliveryStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Date getNextAttemptAt() { return new Date(nextAttemptAt.getTime()); }
    public Date getLastAttemptAt() { return lastAttemptAt == null ? null : new Date(lastAttemptAt.getTime()); }
    /** The receiver's HTTP status of the last attempt; null when it did not answer. */
    public Integer getLastStatusCode() { return lastStatusCode; }
    public String getLastError() { return lastError; }
    public Date getDeliveredAt() { return deliveredAt == null ? null : new Date(deliveredAt.getTime()); }
}
