package org.evergreenloyalty.review;

/**
 * The store's own ratings and reviews (Broadleaf's {@code RatingService} / {@code ReviewDetail}, implemented in
 * the adapter), so a product's ratings include the reviews the module collects.
 */
public interface RatingGateway {

    /** Whether the store holds a review of {@code productId} by {@code customerId} (from any source). */
    boolean hasReview(long customerId, long productId);

    /**
     * Stores a PENDING review with its rating and returns the store's review id. Runs in the caller's
     * transaction. {@code text} must fit the store's column ({@link #maxStoredTextLength()}).
     */
    long submit(long customerId, long productId, int rating, String text);

    /** Most characters the store keeps of a review text. */
    int maxStoredTextLength();

    /**
     * Sets the store review's status. REJECTED also takes its rating out of the product's rating summary.
     * Runs in the caller's transaction.
     */
    void changeStatus(long storeReviewId, ReviewStatus status);

    /** The product's APPROVED reviews: count, star sum, and the newest {@code max}. */
    ApprovedRatings approved(long productId, int max);
}
