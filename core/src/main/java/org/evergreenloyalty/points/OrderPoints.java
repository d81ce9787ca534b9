package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

import org.hibernate.annotations.Index;

/**
 * What one order did to its buyer's points: earned (pending until {@code matureAt}), redeemed, and how
 * much of each has been reversed or given back by cancels and returns so far.
 */
@Entity
@Table(name = "EVG_ORDER_POINTS")
@org.hibernate.annotations.Table(appliesTo = "EVG_ORDER_POINTS", indexes = {
        @Index(name = "EVG_ORDER_POINTS_DUE_IDX", columnNames = {"MATURED", "MATURE_AT"}),
        @Index(name = "EVG_ORDER_POINTS_CUST_IDX", columnNames = {"CUSTOMER_ID", "SUBMITTED_AT"})})
public class OrderPoints {

    @Id
    @Column(name = "ORDER_ID")
    private Long orderId;
    @Column(name = "ORDER_NUMBER", length = 100)
    private String orderNumber;
    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;
    @Column(name = "EARN_BASE", nullable = false, precision = 19, scale = 5)
    private BigDecimal earnBase;
    @Column(name = "EARNED", nullable = false)
    private long earned;
    @Column(name = "REDEEMED", nullable = false)
    private long redeemed;
    @Column(name = "EARN_REVERSED", nullable = false)
    private long earnReversed;
    @Column(name = "REDEEM_RESTORED", nullable = false)
    private long redeemRestored;
    @Column(name = "RETURNED_AMOUNT", nullable = false, precision = 19, scale = 5)
    private BigDecimal returnedAmount = BigDecimal.ZERO;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SUBMITTED_AT", nullable = false)
    private Date submittedAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "MATURE_AT", nullable = false)
    private Date matureAt;
    @Column(name = "MATURED", nullable = false)
    private boolean matured;
    @Column(name = "CANCELLED", nullable = false)
    private boolean cancelled;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected OrderPoints() {
    }

    public OrderPoints(long orderId, String orderNumber, long customerId, BigDecimal earnBase, long earned,
                       long redeemed, Date submittedAt, Date matureAt, boolean matured) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.earnBase = earnBase;
        this.earned = earned;
        this.redeemed = redeemed;
        this.submittedAt = new Date(submittedAt.getTime());
        this.matureAt = new Date(matureAt.getTime());
        this.matured = matured;
    }

    /** Earned points not yet reversed. */
    public long earnedLeft() { return earned - earnReversed; }
    /** Redeemed points not yet given back. */
    public long redeemedLeft() { return redeemed - redeemRestored; }

    /**
     * Adds points granted for this order after it was booked in the same transaction (a milestone or challenge the
     * order reached), so they mature and are reversed with the order's own points.
     */
    public void addEarned(long points) {
        if (points < 0) {
            throw new IllegalArgumentException("Points added to an order must not be negative: " + points);
        }
        earned += points;
    }

    void addEarnReversed(long points) { earnReversed += points; }
    void addRedeemRestored(long points) { redeemRestored += points; }
    void addReturnedAmount(BigDecimal amount) { returnedAmount = returnedAmount.add(amount); }
    void markMatured() { matured = true; }
    void markCancelled() { cancelled = true; }

    public Long getOrderId() { return orderId; }
    public String getOrderNumber() { return orderNumber; }
    public Long getCustomerId() { return customerId; }
    public BigDecimal getEarnBase() { return earnBase; }
    public long getEarned() { return earned; }
    public long getRedeemed() { return redeemed; }
    public long getEarnReversed() { return earnReversed; }
    public long getRedeemRestored() { return redeemRestored; }
    public BigDecimal getReturnedAmount() { return returnedAmount; }
    public Date getSubmittedAt() { return new Date(submittedAt.getTime()); }
    public Date getMatureAt() { return new Date(matureAt.getTime()); }
    public boolean isMatured() { return matured; }
    public boolean isCancelled() { return cancelled; }
}
