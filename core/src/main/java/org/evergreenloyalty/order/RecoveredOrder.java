package org.evergreenloyalty.order;

import java.util.Date;

/** An order the recovery sweep booked after its checkout was interrupted: when, and the points it booked. */
public final class RecoveredOrder {

    private final long orderId;
    private final String orderNumber;
    private final long customerId;
    private final Date bookedAt;
    private final long earnedPoints;
    private final long redeemedPoints;

    public RecoveredOrder(long orderId, String orderNumber, long customerId, Date bookedAt, long earnedPoints, long redeemedPoints) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.bookedAt = new Date(bookedAt.getTime());
        this.earnedPoints = earnedPoints;
        this.redeemedPoints = redeemedPoints;
    }

    public long getOrderId() { return orderId; }
    public String getOrderNumber() { return orderNumber; }
    public long getCustomerId() { return customerId; }
    public Date getBookedAt() { return new Date(bookedAt.getTime()); }
    /** Points the order earned (pending or available). */
    public long getEarnedPoints() { return earnedPoints; }
    /** Points its points discount cost. */
    public long getRedeemedPoints() { return redeemedPoints; }
}
