package org.evergreenloyalty.api;

/** {@code POST reviews}: the stored review's id, its status (PENDING or APPROVED) and the points it earns. */
public final class ReviewResultView {

    private final long reviewId;
    private final String status;
    private final long rewardPoints;

    public ReviewResultView(long reviewId, String status, long rewardPoints) {
        this.reviewId = reviewId;
        this.status = status;
        this.rewardPoints = rewardPoints;
    }

    public long getReviewId() { return reviewId; }
    public String getStatus() { return status; }
    public long getRewardPoints() { return rewardPoints; }
}
