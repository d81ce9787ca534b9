package org.evergreenloyalty.review;

/**
 * Learns of review submissions and approvals inside the transaction that stores them, so what it writes
 * commits or rolls back with them.
 */
public interface ReviewListener {

    /** A customer submitted {@code review} (stored, pending or about to be auto-approved). */
    void submitted(ProductReview review);

    /** {@code review} was approved (by an admin or automatically); its reward, if any, is on it. */
    void approved(ProductReview review);
}
