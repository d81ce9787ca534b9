package org.evergreenloyalty.order;

/**
 * A feature that undoes what an order gave (points, a referral reward) when the order is cancelled.
 * May be called more than once for the same order: handlers must ignore repeats.
 */
public interface OrderCancellationHandler {

    /** Reacts to the cancellation of {@code orderId}; runs after the order's own transaction committed. */
    void orderCancelled(long orderId);
}
