package org.evergreenloyalty.review;

import java.util.Date;

/**
 * An order's answer to "How likely are you to recommend us?" (0-10). The order id is the key: the first answer
 * is kept, later clicks do not change it. A row of {@value ReviewRequestRepository#SATISFACTION_TABLE}
 * ({@code ORDER_ID}, {@code CUSTOMER_ID}, {@code SCORE}, {@code ANSWERED_AT}), read and written with plain SQL (no entity).
 */
public class SatisfactionResponse {

    private final Long orderId;
    private final Long customerId;
    private final int score;
    private final Date answeredAt;

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
