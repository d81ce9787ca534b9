package org.evergreenloyalty.review;

import java.util.Date;
import java.util.List;

/**
 * What the admin's Loyalty &gt; Reviews page needs (bean {@code evgReviewAdminService}): the moderation queue,
 * approve and reject (one or many; a rejection needs a reason; the admin's login is recorded), and the numbers
 * of a period. Settings are {@link ReviewSettingsService} (bean {@code evgReviewSettingsService}).
 * <p>
 * Approving grants the review reward through the points ledger, once per product and customer, and marks the
 * review incentivised; rejecting never rewards. Broadleaf's {@code ReviewDetail} status follows each decision.
 * Neither looks at the star rating.
 */
public interface ReviewAdminService {

    /** Largest page size served. */
    int MAX_PAGE_SIZE = 200;

    /** Pending reviews, oldest first (the order to work through them); page 0-based, size 1-200. */
    ReviewPage pending(int page, int pageSize);

    /** Reviews of {@code status} (null: all), newest first; page 0-based, size 1-200. */
    ReviewPage list(ReviewStatus status, int page, int pageSize);

    /** One review, or null. */
    ReviewRow get(long reviewId);

    /**
     * Approves a pending review: shown on the product page, reward granted (once per product and customer).
     *
     * @throws ReviewException when there is no such review, it is decided already, or the admin login is missing
     */
    ReviewRow approve(long reviewId, String adminUser);

    /**
     * Rejects a pending or approved review with a reason: hidden, its rating taken out of Broadleaf's rating
     * summary, never rewarded: a reward granted when it was approved is taken back through the ledger.
     *
     * @throws ReviewException when there is no such review, it is rejected already, or reason or admin login are missing
     */
    ReviewRow reject(long reviewId, String reason, String adminUser);

    /** {@link #approve} for each id; one refused review does not stop the others. */
    BulkDecision approveAll(List<Long> reviewIds, String adminUser);

    /**
     * {@link #reject} for each id with the same reason; one refused review does not stop the others.
     *
     * @throws ReviewException when the reason or admin login is missing (then nothing is rejected)
     */
    BulkDecision rejectAll(List<Long> reviewIds, String reason, String adminUser);

    /** The numbers of [from, to). */
    ReviewStats stats(Date from, Date to);
}
