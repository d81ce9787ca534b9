package org.evergreenloyalty.review;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * An order's answer to "How likely are you to recommend us?" (0-10). The order id is the key: the first answer
 * is kept, later clicks do not change it.
 */
@Entity
@Table(name = "EVG_REVIEW_SATISFACTION")
public class SatisfactionResponse {

    @Id
    @Column(name = "ORDER_ID")
    private Long orderId;
    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    private Long customerId;
    @Column(name = "SCORE", nullable = false, updatable = false)
    private int score;
    @Index(name = "EVG_REVIEW_SATISF_AT_IDX")
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ANSWERED_AT", nullable = false, updatable = false)
    private Date answeredAt;

    protected SatisfactionResponse() {
    }

    SatisfactionResponse(long orderId, long customerId, int score, Date answeredAt) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.score = score;
        this.answeredAt = new Date(answeredAt.getTime());
    }

    public Long getOrderId() { return orderId; }
    public Long getCustomerId() { return customerId; }
    public int getScore() { return score; }
    public Date getAnsweredAt() { return new Date(answeredAt.getTime()); }
}
