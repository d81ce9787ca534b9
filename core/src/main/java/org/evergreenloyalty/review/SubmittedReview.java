package org.evergreenloyalty.review;

/** The outcome of a review submission: the review's id and status (pending, or approved at once). */
public final class SubmittedReview {

    private final long reviewId;
    private final ReviewStatus status;
    private final long rewardPoints;

    public SubmittedReview(long reviewId, ReviewStatus status, long rewardPoints) {
        this.reviewId = reviewId;
        this.status = status;
        this.rewardPoints = rewardPoints;
    }

    public long getReviewId() { return reviewId; }
    public ReviewStatus getStatus() { return status; }
    /** Points granted with it (auto-approval) or promised on approval. */
    public long getRewardPoints() { return rewardPoints; }
}
