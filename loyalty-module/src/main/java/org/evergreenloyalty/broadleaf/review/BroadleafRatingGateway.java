package org.evergreenloyalty.broadleaf.review;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.rating.domain.RatingDetail;
import org.broadleafcommerce.core.rating.domain.RatingDetailImpl;
import org.broadleafcommerce.core.rating.domain.RatingSummary;
import org.broadleafcommerce.core.rating.domain.ReviewDetail;
import org.broadleafcommerce.core.rating.domain.ReviewDetailImpl;
import org.broadleafcommerce.core.rating.service.RatingService;
import org.broadleafcommerce.core.rating.service.type.RatingType;
import org.broadleafcommerce.core.rating.service.type.ReviewStatusType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.evergreenloyalty.review.ApprovedRating;
import org.evergreenloyalty.review.ApprovedRatings;
import org.evergreenloyalty.review.RatingGateway;
import org.evergreenloyalty.review.ReviewStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link RatingGateway} on Broadleaf's {@code blRatingService}: reviews are stored with
 * {@code reviewItem(productId, PRODUCT, customer, rating, text)}, so the product's {@code RatingSummary} includes
 * them. Broadleaf 3.1 has no API to change a review's status (ReviewDetail has no setter), so the status column is
 * updated with a JPQL statement; a rejection also deletes the review's RatingDetail and recomputes the summary's
 * average, so rejected ratings stop counting. Broadleaf's REVIEW_TEXT column holds 255 characters.
 */
public class BroadleafRatingGateway implements RatingGateway {

    /** Broadleaf's REVIEW_TEXT column length (no length on the mapping: Hibernate's default). */
    public static final int STORE_TEXT_LENGTH = 255;

    private static final String REVIEW = ReviewDetailImpl.class.getName();
    private static final String RATING = RatingDetailImpl.class.getName();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final RatingService ratingService;
    private final CustomerService customerService;
    private final TransactionTemplate tx;

    public BroadleafRatingGateway(RatingService ratingService, CustomerService customerService, PlatformTransactionManager txm) {
        this.ratingService = ratingService;
        this.customerService = customerService;
        this.tx = new TransactionTemplate(txm);
    }

    @Override
    public boolean hasReview(final long customerId, final long productId) {
        return tx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return em.createQuery("select count(r) from " + REVIEW + " r where r.customer.id = :c and r.ratingSummary.itemId = :item "
                        + "and r.ratingSummary.ratingTypeStr = :type", Long.class)
                        .setParameter("c", customerId).setParameter("item", String.valueOf(productId))
                        .setParameter("type", RatingType.PRODUCT.getType()).getSingleResult() > 0;
            }
        });
    }

    @Override
    public long submit(final long customerId, final long productId, final int rating, final String text) {
        if (text.length() > STORE_TEXT_LENGTH) {
            throw new IllegalArgumentException("Broadleaf keeps at most " + STORE_TEXT_LENGTH + " characters of a review");
        }
        return tx.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                Customer customer = customerService.readCustomerById(customerId);
                if (customer == null) {
                    throw new IllegalArgumentException("There is no customer " + customerId);
                }
                ratingService.reviewItem(String.valueOf(productId), RatingType.PRODUCT, customer, (double) rating, text);
                em.flush();
                ReviewDetail detail = ratingService.readReviewByCustomerAndItem(customer, String.valueOf(productId));
                if (detail == null || detail.getId() == null) {
                    throw new IllegalStateException("Broadleaf did not store the review of product " + productId);
                }
                return detail.getId();
            }
        });
    }

    @Override
    public int maxStoredTextLength() {
        return STORE_TEXT_LENGTH;
    }

    @Override
    public void changeStatus(final long storeReviewId, final ReviewStatus status) {
        tx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus ts) {
                ReviewDetailImpl review = em.find(ReviewDetailImpl.class, storeReviewId);
                if (review == null) {
                    return null;
                }
                em.flush();
                em.createQuery("update " + REVIEW + " r set r.reviewStatus = :s where r.id = :id")
                        .setParameter("s", type(status).getType()).setParameter("id", storeReviewId).executeUpdate();
                if (status == ReviewStatus.REJECTED && review.getRatingDetail() != null) {
                    RatingDetail rating = review.getRatingDetail();
                    RatingSummary summary = review.getRatingSummary();
                    em.createQuery("update " + REVIEW + " r set r.ratingDetail = null where r.id = :id")
                            .setParameter("id", storeReviewId).executeUpdate();
                    summary.getRatings().remove(rating);
                    em.remove(em.contains(rating) ? rating : em.find(RatingDetailImpl.class, rating.getId()));
                    em.flush();
                    summary.resetAverageRating();
                    em.flush();
                }
                em.refresh(review);
                return null;
            }
        });
    }

    @Override
    public ApprovedRatings approved(final long productId, final int max) {
        return tx.execute(new TransactionCallback<ApprovedRatings>() {
            @Override
            public ApprovedRatings doInTransaction(TransactionStatus status) {
                String from = " from " + REVIEW + " r join r.ratingDetail d join r.customer c where r.ratingSummary.itemId = :item "
                        + "and r.ratingSummary.ratingTypeStr = :type and r.reviewStatus = :approved";
                Object[] totals = em.createQuery("select count(r), sum(d.rating)" + from, Object[].class)
                        .setParameter("item", String.valueOf(productId)).setParameter("type", RatingType.PRODUCT.getType())
                        .setParameter("approved", ReviewStatusType.APPROVED.getType()).getSingleResult();
                long count = totals[0] == null ? 0 : ((Number) totals[0]).longValue();
                long sum = totals[1] == null ? 0 : Math.round(((Number) totals[1]).doubleValue());
                List<ApprovedRating> newest = new ArrayList<ApprovedRating>();
                if (count > 0) {
                    List<Object[]> rows = em.createQuery("select r.id, d.rating, r.reviewText, r.reivewSubmittedDate, c.id, c.firstName, c.lastName"
                            + from + " order by r.reivewSubmittedDate desc, r.id desc", Object[].class)
                            .setParameter("item", String.valueOf(productId)).setParameter("type", RatingType.PRODUCT.getType())
                            .setParameter("approved", ReviewStatusType.APPROVED.getType()).setMaxResults(Math.max(1, max)).getResultList();
                    for (Object[] row : rows) {
                        newest.add(new ApprovedRating((Long) row[0], (int) Math.round(((Number) row[1]).doubleValue()), (String) row[2],
                                (Date) row[3], (Long) row[4], (String) row[5], (String) row[6]));
                    }
                }
                return new ApprovedRatings(count, sum, newest);
            }
        });
    }

    private static ReviewStatusType type(ReviewStatus status) {
        switch (status) {
            case APPROVED:
                return ReviewStatusType.APPROVED;
            case REJECTED:
                return ReviewStatusType.REJECTED;
            default:
                return ReviewStatusType.PENDING;
        }
    }
}
