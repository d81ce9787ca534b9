package org.evergreenloyalty.admin.customers;

import java.util.Date;

import org.evergreenloyalty.points.OrderPoints;

/**
 * One order in the order list of a customer's loyalty page: what it earned and redeemed, what was reversed,
 * where its earned points stand, and which admin actions apply.
 */
public final class OrderPointsRow {

    /** Where an order's earned points stand. */
    public enum State {
        /** Earned points wait for the end of the pending period. */
        PENDING,
        /** Earned points are available (or the order earned none). */
        AVAILABLE,
        /** The order was cancelled: its points were reversed. */
        CANCELLED
    }

    private final OrderPoints order;

    public OrderPointsRow(OrderPoints order) {
        this.order = order;
    }

    public long getOrderId() { return order.getOrderId(); }
    public long getCustomerId() { return order.getCustomerId(); }
    /** The order number, or the order id when the order has none. */
    public String getLabel() { return order.getOrderNumber() != null ? order.getOrderNumber() : String.valueOf(order.getOrderId()); }
    public Date getSubmittedAt() { return order.getSubmittedAt(); }
    public Date getMatureAt() { return order.getMatureAt(); }
    public long getEarned() { return order.getEarned(); }
    public long getRedeemed() { return order.getRedeemed(); }
    public long getEarnReversed() { return order.getEarnReversed(); }
    public long getRedeemRestored() { return order.getRedeemRestored(); }

    public State getState() {
        if (order.isCancelled()) {
            return State.CANCELLED;
        }
        return order.isMatured() ? State.AVAILABLE : State.PENDING;
    }

    /** Whether "make points available now" applies: earned points still pending. */
    public boolean isMaturable() {
        return getState() == State.PENDING && order.earnedLeft() > 0;
    }

    /** Whether "return items" applies (a cancelled order has nothing left to reverse). */
    public boolean isReturnable() {
        return getState() != State.CANCELLED;
    }
}
