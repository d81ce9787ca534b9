package org.evergreenloyalty.order;

import java.util.List;

/**
 * A feature that reacts to a submitted order (earn points, qualify a referral, plan a review request).
 * Called once per order, inside the transaction that records the order as processed: throwing rolls
 * back the processing, so the order is processed again on the next delivery.
 */
public interface OrderCompletionListener {

    /** Reacts to {@code order}, which this listener has never seen before. */
    void orderCompleted(CompletedOrder order);

    /**
     * Reacts to a batch of orders, none seen before, in one transaction (the order event worker's). By default one
     * after the other; a listener that writes rows for every order overrides it to write the batch's rows with a few
     * set-based statements instead of a few per order.
     */
    default void ordersCompleted(List<CompletedOrder> orders) {
        orders.forEach(this::orderCompleted);
    }
}
