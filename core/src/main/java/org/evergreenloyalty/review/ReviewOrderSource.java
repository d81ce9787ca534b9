package org.evergreenloyalty.review;

/** The store's orders as the review engine needs them (implemented on Broadleaf in the adapter). */
public interface ReviewOrderSource {

    /** The order now, or null when the store no longer has it. */
    OrderSnapshot snapshot(long orderId);
}
