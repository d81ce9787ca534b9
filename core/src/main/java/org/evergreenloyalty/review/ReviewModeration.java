package org.evergreenloyalty.review;

import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approves and rejects reviews, each in one transaction with Broadleaf's ReviewDetail status and, on approval,
 * the reward. A decision starts with a conditional update of the review's status, so two admins (or an admin and
 * the auto-approval) deciding at once decide once. The reward's ledger event key
 * ({@code bonus:review:<customer>:<product>}) grants it at most once per product and customer. The star rating
 * plays no part.
 */
public class ReviewModeration {

    /** The {@code decidedBy} of auto-approved reviews. */
    public static final String AUTO = "auto";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final ReviewRepository repository;
    private final ReviewSettingsService settingsService;
    private final RatingGateway ratings;
    private final PointsAccountService points;
    private final Clock clock;
    private ReviewListener listener;

    public ReviewModeration(PlatformTransactionManager txm, ReviewRepository repository, ReviewSettingsService settingsService,
                            RatingGateway ratings, PointsAccountService points, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.settingsService = settingsService;
        this.ratings = ratings;
        this.points = points;
        this.clock = clock;
    }

    /** Who learns of approvals inside their transaction (webhooks); none by default. */
    public void setListener(ReviewListener listener) {
        this.listener = listener;
    }

    /** The ledger event key of the reward for a review of {@code productId} by {@code customerId}. */
    public static String rewardEventKey(long customerId, long productId) {
        return "bonus:review:" + customerId + ":" + productId;
    }

    /**
     * Approves a pending review and grants the reward.
     *
     * @throws ReviewException when there is no such review or it is not pending
     */
    public ProductReview approve(final long reviewId, final String decidedBy) {
        final long reward = settingsService.current().getRewardPoints();
        final Date now = clock.now();
        return tx.execute(new TransactionCallback<ProductReview>() {
            @Override
            public ProductReview doInTransaction(TransactionStatus status) {
                ProductReview r = existing(reviewId);
                int n = repository.approve(reviewId, now, decidedBy);
                if (n != 1) {
                    throw new ReviewException(null, "evergreen.review.error.notPending",
                            "Review " + reviewId + " is not pending (it is " + r.getStatus() + "); nothing changed.", reviewId);
                }
                em.refresh(r);
                if (r.getStoreReviewId() != null) {
                    ratings.changeStatus(r.getStoreReviewId(), ReviewStatus.APPROVED);
                }
                if (reward > 0 && points.grantBonus(r.getCustomerId(), reward, rewardEventKey(r.getCustomerId(), r.getProductId()),
                        reasonFor(r), "review", r.getId())) {
                    r.rewarded(reward, now);
                }
                em.flush();
                if (listener != null) {
                    listener.approved(r);
                }
                em.detach(r);
                return r;
            }
        });
    }

    /**
     * Rejects a pending or approved review with a reason; its rating leaves Broadleaf's rating summary, and a reward
     * granted when it was approved is taken back through the ledger (a REVERSE entry; the balance may go below zero
     * when the points were spent), so a rejected review never keeps points.
     *
     * @throws ReviewException when there is no such review or it is rejected already
     */
    public ProductReview reject(final long reviewId, final String reason, final String decidedBy) {
        final Date now = clock.now();
        return tx.execute(new TransactionCallback<ProductReview>() {
            @Override
            public ProductReview doInTransaction(TransactionStatus status) {
                ProductReview r = existing(reviewId);
                int n = repository.reject(reviewId, reason, now, decidedBy);
                if (n != 1) {
                    throw new ReviewException(null, "evergreen.review.error.alreadyRejected",
                            "Review " + reviewId + " is rejected already; nothing changed.", reviewId);
                }
                em.refresh(r);
                if (r.getStoreReviewId() != null) {
                    ratings.changeStatus(r.getStoreReviewId(), ReviewStatus.REJECTED);
                }
                if (r.getRewardedAt() != null && r.getRewardTakenBackAt() == null) {
                    points.reverseBonus(r.getCustomerId(), rewardEventKey(r.getCustomerId(), r.getProductId()),
                            reasonFor(r) + " rejected: " + reason);
                    r.rewardTakenBack(now);
                    em.flush();
                }
                em.detach(r);
                return r;
            }
        });
    }

    /** The ledger reason of a review's reward: "Review of <product name>". */
    private static String reasonFor(ProductReview r) {
        return "Review of " + (r.getProductName() == null ? "product " + r.getProductId() : r.getProductName());
    }

    private ProductReview existing(long reviewId) {
        ProductReview r = em.find(ProductReview.class, reviewId);
        if (r == null) {
            throw new ReviewException(null, "evergreen.review.error.noSuchReview", "There is no review " + reviewId + ".", reviewId);
        }
        em.refresh(r);
        return r;
    }
}
