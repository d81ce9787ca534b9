package org.evergreenloyalty.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The product page's reviews: Broadleaf's APPROVED reviews of the product (count, average, newest), each joined
 * with the module's row where there is one (title, full text, display name, verified buyer, incentivised).
 */
public class DefaultProductReviews implements ProductReviews {

    private final TransactionTemplate tx;
    private final ReviewRepository repository;
    private final RatingGateway ratings;

    public DefaultProductReviews(PlatformTransactionManager txm, ReviewRepository repository, RatingGateway ratings) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.ratings = ratings;
    }

    @Override
    public ProductRatingView forProduct(final long productId, int maxReviews) {
        int max = Math.max(1, Math.min(MAX_REVIEWS, maxReviews));
        final ApprovedRatings approved = ratings.approved(productId, max);
        return tx.execute(new TransactionCallback<ProductRatingView>() {
            @Override
            public ProductRatingView doInTransaction(TransactionStatus status) {
                Map<Long, ProductReview> ours = new HashMap<Long, ProductReview>();
                List<Long> storeIds = new ArrayList<Long>();
                for (ApprovedRating a : approved.getNewest()) {
                    storeIds.add(a.getStoreReviewId());
                }
                if (!storeIds.isEmpty()) {
                    for (ProductReview r : repository.byStoreReviewIds(storeIds)) {
                        ours.put(r.getStoreReviewId(), r);
                    }
                }
                List<ProductReviewView> views = new ArrayList<ProductReviewView>();
                for (ApprovedRating a : approved.getNewest()) {
                    ProductReview r = ours.get(a.getStoreReviewId());
                    if (r != null && r.getStatus() != ReviewStatus.APPROVED) {
                        continue;
                    }
                    views.add(new ProductReviewView(a.getRating(), r == null ? null : r.getTitle(), r == null ? a.getText() : r.getText(),
                            author(r, a), a.getSubmittedAt(), r != null && r.isVerifiedBuyer(), r != null && r.isIncentivised()));
                }
                long verified = repository.verifiedApproved(productId);
                BigDecimal average = approved.getCount() == 0 ? null
                        : BigDecimal.valueOf(approved.getStarSum()).divide(BigDecimal.valueOf(approved.getCount()), 1, RoundingMode.HALF_UP);
                return new ProductRatingView(productId, approved.getCount(), average, verified, views);
            }
        });
    }

    /** The chosen display name, else first name and last initial, else null. */
    static String author(ProductReview r, ApprovedRating a) {
        if (r != null && r.getDisplayName() != null && !r.getDisplayName().trim().isEmpty()) {
            return r.getDisplayName().trim();
        }
        String first = a.getCustomerFirstName() == null ? "" : a.getCustomerFirstName().trim();
        String last = a.getCustomerLastName() == null ? "" : a.getCustomerLastName().trim();
        if (first.isEmpty()) {
            return null;
        }
        return last.isEmpty() ? first : first + " " + last.substring(0, 1) + ".";
    }
}
