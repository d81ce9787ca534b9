package org.evergreenloyalty.order;

/**
 * A feature that reacts to a submitted order (earn points, qualify a referral, plan a review request).
 * Called once per order, inside the transaction that records the order as processed: throwing rolls
 * back the processing, so the order is processed again on the next delivery.
 */
public interface OrderCompletionListener {

    /** Reacts to {@code order}, which this listener has never seen before. */
    void orderCompleted(CompletedOrder order);
}
