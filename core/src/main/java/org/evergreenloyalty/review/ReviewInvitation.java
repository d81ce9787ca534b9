package org.evergreenloyalty.review;

/**
 * What the review form shows for a valid link: the product, the order, the shopper's name, and whether the
 * shopper reviewed the product already (then the form is not offered again).
 */
public final class ReviewInvitation {

    private final ReviewLink link;
    private final String productName;
    private final String productImageUrl;
    private final String productUrl;
    private final String orderNumber;
    private final String greetingName;
    private final boolean alreadyReviewed;
    private final ReviewStatus existingReviewStatus;
    private final long rewardPoints;

    public ReviewInvitation(ReviewLink link, String productName, String productImageUrl, String productUrl, String orderNumber,
                            String greetingName, boolean alreadyReviewed, ReviewStatus existingReviewStatus, long rewardPoints) {
        this.link = link;
        this.productName = productName;
        this.productImageUrl = productImageUrl;
        this.productUrl = productUrl;
        this.orderNumber = orderNumber;
        this.greetingName = greetingName;
        this.alreadyReviewed = alreadyReviewed;
        this.existingReviewStatus = existingReviewStatus;
        this.rewardPoints = rewardPoints;
    }

    public ReviewLink getLink() { return link; }
    public String getProductName() { return productName; }
    /** Absolute or site-relative image URL, or null. */
    public String getProductImageUrl() { return productImageUrl; }
    /** The product page, or null. */
    public String getProductUrl() { return productUrl; }
    public String getOrderNumber() { return orderNumber; }
    /** The customer's first name, or a neutral greeting. */
    public String getGreetingName() { return greetingName; }
    /** Whether the customer has reviewed this product already (by any link). */
    public boolean isAlreadyReviewed() { return alreadyReviewed; }
    /** The status of the module's existing review, or null (none, or one written through the store's own review form). */
    public ReviewStatus getExistingReviewStatus() { return existingReviewStatus; }
    /** Points an approved review earns now (0 = none). */
    public long getRewardPoints() { return rewardPoints; }
}
