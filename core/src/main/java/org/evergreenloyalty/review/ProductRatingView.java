package org.evergreenloyalty.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A product's approved reviews for the product page: the average rating and count of all approved reviews in
 * Broadleaf (the module's and the store's own), how many are verified purchases, and the newest reviews.
 */
public final class ProductRatingView {

    private final long productId;
    private final long count;
    private final BigDecimal average;
    private final long verifiedCount;
    private final List<ProductReviewView> reviews;

    public ProductRatingView(long productId, long count, BigDecimal average, long verifiedCount, List<ProductReviewView> reviews) {
        this.productId = productId;
        this.count = count;
        this.average = average;
        this.verifiedCount = verifiedCount;
        this.reviews = Collections.unmodifiableList(new ArrayList<ProductReviewView>(reviews));
    }

    public long getProductId() { return productId; }
    /** Approved reviews in all. */
    public long getCount() { return count; }
    /** Their average rating with one decimal, or null without reviews. */
    public BigDecimal getAverage() { return average; }
    /** The average rounded to whole stars (0 without reviews), for star icons. */
    public int getRoundedStars() { return average == null ? 0 : average.setScale(0, java.math.RoundingMode.HALF_UP).intValue(); }
    /** Approved reviews from verified buyers. */
    public long getVerifiedCount() { return verifiedCount; }
    /** Whether any approved review comes from a verified buyer (the badge). */
    public boolean isVerified() { return verifiedCount > 0; }
    public boolean isEmpty() { return count == 0; }
    /** The newest approved reviews, at most the number asked for. */
    public List<ProductReviewView> getReviews() { return reviews; }
}
