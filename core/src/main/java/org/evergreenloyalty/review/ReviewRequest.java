package org.evergreenloyalty.review;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * One order's review request, recorded when the order is submitted (the order id is the key, so an order has
 * at most one). The job moves it from WAITING to SENT or SKIPPED; the reminder is tracked on the same row.
 * Which e-mails actually went out is kept in {@link ReviewMail}.
 */
@Entity
@Table(name = "EVG_REVIEW_REQUEST")
public class ReviewRequest {

    @Id
    @Column(name = "ORDER_ID")
    private Long orderId;

    @Index(name = "EVG_REVIEW_REQUEST_CUST_IDX")
    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    private Long customerId;
    @Column(name = "ORDER_NUMBER", length = 100)
    private String orderNumber;
    @Column(name = "ORDER_EMAIL", length = 255)
    private String orderEmail;
    @Index(name = "EVG_REVIEW_REQUEST_SUBMIT_IDX")
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SUBMITTED_AT", nullable = false, updatable = false)
    private Date submittedAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FULFILLED_AT")
    private Date fulfilledAt;

    @Index(name = "EVG_REVIEW_REQUEST_STATUS_IDX")
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private RequestStatus status = RequestStatus.WAITING;
    @Enumerated(EnumType.STRING)
    @Column(name = "SKIP_REASON", length = 30)
    private SkipReason skipReason;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REQUEST_SENT_AT")
    private Date requestSentAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LINKS_EXPIRE_AT")
    private Date linksExpireAt;

    @Column(name = "REMINDER_DONE", nullable = false)
    private boolean reminderDone;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REMINDER_SENT_AT")
    private Date reminderSentAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "REMINDER_SKIP_REASON", length = 30)
    private SkipReason reminderSkipReason;

    protected ReviewRequest() {
    }

    ReviewRequest(long orderId, long customerId, String orderNumber, String orderEmail, Date submittedAt) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.orderNumber = orderNumber;
        this.orderEmail = orderEmail == null || orderEmail.length() > 255 ? null : orderEmail;
        this.submittedAt = new Date(submittedAt.getTime());
    }

    void fulfilled(Date at) {
        this.fulfilledAt = new Date(at.getTime());
    }

    void sent(Date at, Date linksExpireAt) {
        this.status = RequestStatus.SENT;
        this.skipReason = null;
        this.requestSentAt = new Date(at.getTime());
        this.linksExpireAt = new Date(linksExpireAt.getTime());
    }

    void skipped(SkipReason reason) {
        this.status = RequestStatus.SKIPPED;
        this.skipReason = reason;
        this.reminderDone = true;
    }

    void reminderSent(Date at) {
        this.reminderDone = true;
        this.reminderSentAt = new Date(at.getTime());
    }

    void reminderSkipped(SkipReason reason) {
        this.reminderDone = true;
        this.reminderSkipReason = reason;
    }

    public Long getOrderId() { return orderId; }
    public Long getCustomerId() { return customerId; }
    public String getOrderNumber() { return orderNumber; }
    /** The e-mail address given with the order (used when the customer record has none). */
    public String getOrderEmail() { return orderEmail; }
    public Date getSubmittedAt() { return copy(submittedAt); }
    /** When the job first saw the order fulfilled, or null. */
    public Date getFulfilledAt() { return copy(fulfilledAt); }
    public RequestStatus getStatus() { return status; }
    public SkipReason getSkipReason() { return skipReason; }
    public Date getRequestSentAt() { return copy(requestSentAt); }
    /** When the links of the request (and its reminder) stop working. */
    public Date getLinksExpireAt() { return copy(linksExpireAt); }
    /** Whether the reminder was sent or decided against. */
    public boolean isReminderDone() { return reminderDone; }
    public Date getReminderSentAt() { return copy(reminderSentAt); }
    public SkipReason getReminderSkipReason() { return reminderSkipReason; }

    private static Date copy(Date d) {
        return d == null ? null : new Date(d.getTime());
    }
}
