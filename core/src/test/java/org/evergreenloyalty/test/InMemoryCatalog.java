package org.evergreenloyalty.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.evergreenloyalty.birthday.ProductSuggestion;
import org.evergreenloyalty.birthday.ProductSuggestionSource;
import org.evergreenloyalty.review.ApprovedRating;
import org.evergreenloyalty.review.ApprovedRatings;
import org.evergreenloyalty.review.ProductCard;
import org.evergreenloyalty.review.RatingGateway;
import org.evergreenloyalty.review.ReviewCatalog;
import org.evergreenloyalty.review.ReviewStatus;

/**
 * The core suite's catalog and ratings: what a platform adapter's catalog and rating services would answer
 * ({@link ReviewCatalog}, {@link RatingGateway}, {@link ProductSuggestionSource}). Every product id exists and is
 * active; reviews are kept in a map.
 */
public class InMemoryCatalog implements ReviewCatalog, RatingGateway, ProductSuggestionSource {

    /** A review as the platform stores it. */
    public static final class StoredReview {
        public final long id;
        public final long customerId;
        public final long productId;
        public final int rating;
        public final String text;
        public volatile ReviewStatus status = ReviewStatus.PENDING;

        StoredReview(long id, long customerId, long productId, int rating, String text) {
            this.id = id;
            this.customerId = customerId;
            this.productId = productId;
            this.rating = rating;
            this.text = text;
        }
    }

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, StoredReview> reviews = new ConcurrentHashMap<Long, StoredReview>();

    public StoredReview review(long storeReviewId) {
        return reviews.get(storeReviewId);
    }

    @Override
    public ProductCard product(long productId) {
        return new ProductCard(productId, "Product " + productId, "/img/" + productId + ".png", "/product/" + productId, true);
    }

    @Override
    public boolean hasReview(long customerId, long productId) {
        for (StoredReview r : reviews.values()) {
            if (r.customerId == customerId && r.productId == productId) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long submit(long customerId, long productId, int rating, String text) {
        long id = ids.incrementAndGet();
        reviews.put(id, new StoredReview(id, customerId, productId, rating, text));
        return id;
    }

    @Override
    public int maxStoredTextLength() {
        return 255;
    }

    @Override
    public void changeStatus(long storeReviewId, ReviewStatus status) {
        reviews.get(storeReviewId).status = status;
    }

    @Override
    public ApprovedRatings approved(long productId, int max) {
        long count = 0;
        long sum = 0;
        List<ApprovedRating> newest = new ArrayList<ApprovedRating>();
        for (StoredReview r : reviews.values()) {
            if (r.productId == productId && r.status == ReviewStatus.APPROVED) {
                count++;
                sum += r.rating;
                if (newest.size() < max) {
                    newest.add(new ApprovedRating(r.id, r.rating, r.text, new Date(0), r.customerId, "Kim", "T."));
                }
            }
        }
        return new ApprovedRatings(count, sum, newest);
    }

    @Override
    public List<ProductSuggestion> suggestionsFor(long customerId, int max) {
        return max < 1 ? Collections.<ProductSuggestion>emptyList()
                : Collections.singletonList(new ProductSuggestion(7L, "Gift box", "/product/7", "$10.00"));
    }
}
