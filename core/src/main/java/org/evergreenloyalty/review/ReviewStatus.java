package org.evergreenloyalty.review;

/**
 * Where a review stands in moderation. Kept in step with Broadleaf's {@code ReviewStatusType} of the
 * review's {@code ReviewDetail} (PENDING, APPROVED, REJECTED).
 */
public enum ReviewStatus {
    /** Submitted, waiting for an admin (only approved reviews are shown in the store). */
    PENDING,
    /** Shown on the product page; the reward (if any) was granted. */
    APPROVED,
    /** Not shown; no reward; its rating no longer counts in the product's rating summary. */
    REJECTED
}
