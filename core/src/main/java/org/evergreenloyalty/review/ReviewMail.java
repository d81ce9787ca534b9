package org.evergreenloyalty.review;

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
 * One review e-mail of an order (the request or the reminder). The unique key (order, kind) is what makes each
 * e-mail "exactly once per order": the run that inserts the row sends; a rerun, a retry or another node fails on
 * the key. The row also counts towards the customer's e-mail cap and the admin's numbers.
 */
@Entity
@Table(name = "EVG_REVIEW_MAIL",
        uniqueConstraints = @UniqueConstraint(name = "EVG_REVIEW_MAIL_UK", columnNames = {"ORDER_ID", "MAIL_KIND"}))
public class ReviewMail {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgReviewMailId")
    @TableGenerator(name = "EvgReviewMailId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "ReviewMail", allocationSize = 20)
    @Column(name = "MAIL_ID")
    private Long id;

    @Column(name = "ORDER_ID", nullable = false, updatable = false)
    private Long orderId;
    @Enumerated(EnumType.STRING)
    @Column(name = "MAIL_KIND", nullable = false, length = 10, updatable = false)
    private MailKind kind;
    @Index(name = "EVG_REVIEW_MAIL_CUST_IDX")
    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    private Long customerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 20)
    private MailState state = MailState.SENDING;
    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts = 1;
    @Index(name = "EVG_REVIEW_MAIL_CREATED_IDX")
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Date createdAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CLAIMED_AT", nullable = false)
    private Date claimedAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SENT_AT")
    private Date sentAt;
    @Column(name = "PRODUCT_COUNT", nullable = false)
    private int productCount;
    @Column(name = "ERROR", length = 500)
    private String error;

    protected ReviewMail() {
    }

    ReviewMail(long orderId, MailKind kind, long customerId, int productCount, Date now) {
        this.orderId = orderId;
        this.kind = kind;
        this.customerId = customerId;
        this.productCount = productCount;
        this.createdAt = new Date(now.getTime());
        this.claimedAt = new Date(now.getTime());
    }

    public Long getId() { return id; }
    public Long getOrderId() { return orderId; }
    public MailKind getKind() { return kind; }
    public Long getCustomerId() { return customerId; }
    public MailState getState() { return state; }
    public int getAttempts() { return attempts; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
    public Date getSentAt() { return sentAt == null ? null : new Date(sentAt.getTime()); }
    /** Products listed in it. */
    public int getProductCount() { return productCount; }
    public String getError() { return error; }
}
