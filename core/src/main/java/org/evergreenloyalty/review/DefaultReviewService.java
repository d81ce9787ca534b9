package org.evergreenloyalty.review;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.WriteConflicts;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shopper's side: a signed link opens the form; a submission is validated, then stored in one transaction
 * (the module's row first, whose unique key (customer, product) turns a double submission into one review, then
 * Broadleaf's review and rating). With auto-approval the review is approved (and rewarded) right after.
 */
public class DefaultReviewService implements ReviewService {

    private static final Log LOG = LogFactory.getLog(DefaultReviewService.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final ReviewRepository reviews;
    private final ReviewRequestRepository requests;
    private final ReviewSettingsService settingsService;
    private final ReviewTokenService tokens;
    private final ReviewCatalog catalog;
    private final ReviewOrderSource orders;
    private final RatingGateway ratings;
    private final ReviewModeration moderation;
    private final CustomerDirectory customers;
    private final Clock clock;
    private ReviewListener listener;

    public DefaultReviewService(PlatformTransactionManager txm, ReviewRepository reviews, ReviewRequestRepository requests,
                                ReviewSettingsService settingsService, ReviewTokenService tokens,
                                ReviewCatalog catalog, ReviewOrderSource orders, RatingGateway ratings, ReviewModeration moderation,
                                CustomerDirectory customers, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.reviews = reviews;
        this.requests = requests;
        this.settingsService = settingsService;
        this.tokens = tokens;
        this.catalog = catalog;
        this.orders = orders;
        this.ratings = ratings;
        this.moderation = moderation;
        this.customers = customers;
        this.clock = clock;
    }

    /** Who learns of submissions inside their transaction (webhooks); none by default. */
    public void setListener(ReviewListener listener) {
        this.listener = listener;
    }

    @Override
    public ReviewInvitation open(String token) {
        ReviewLink link = tokens.verifyReview(token, clock.now());
        ReviewRequestItem item = orderLine(link);
        ProductCard card = catalog.product(link.getProductId());
        ProductReview existing = existingReview(link.getCustomerId(), link.getProductId());
        boolean reviewed = existing != null || ratings.hasReview(link.getCustomerId(), link.getProductId());
        CustomerContact c = customers.contact(link.getCustomerId());
        return new ReviewInvitation(link, card != null ? card.getName() : item.getProductName(), card == null ? null : card.getImageUrl(),
                card == null ? null : card.getUrl(), orderNumber(link.getOrderId()), c == null ? "there" : c.getGreetingName(),
                reviewed, existing == null ? null : existing.getStatus(), settingsService.current().getRewardPoints());
    }

    @Override
    public SubmittedReview submit(String token, ReviewInput input) {
        final Date now = clock.now();
        final ReviewLink link = tokens.verifyReview(token, now);
        ReviewSettings s = settingsService.current();
        final ReviewInput clean = ReviewInputRules.check(input, s);
        final ReviewRequestItem item = orderLine(link);
        OrderSnapshot snap = orders.snapshot(link.getOrderId());
        if (snap == null || snap.isCancelled()) {
            throw new ReviewException(null, "evergreen.review.error.orderCancelled",
                    "This order was cancelled, so it cannot be reviewed.");
        }
        if (existingReview(link.getCustomerId(), link.getProductId()) != null || ratings.hasReview(link.getCustomerId(), link.getProductId())) {
            throw alreadyReviewed();
        }
        ProductCard card = catalog.product(link.getProductId());
        final String productName = card != null ? card.getName() : item.getProductName();
        final String storedText = clean.getText().length() <= ratings.maxStoredTextLength() ? clean.getText()
                : clean.getText().substring(0, Math.max(1, ratings.maxStoredTextLength() - 1)) + "\u2026";
        Long reviewId;
        try {
            reviewId = tx.execute(new TransactionCallback<Long>() {
                @Override
                public Long doInTransaction(TransactionStatus status) {
                    ProductReview review = new ProductReview(link.getCustomerId(), link.getProductId(), productName, link.getOrderId(),
                            clean.getRating(), clean.getTitle(), clean.getText(), clean.getDisplayName(), true, now);
                    em.persist(review);
                    em.flush(); // the unique key (customer, product) decides a double submission here
                    long storeId = ratings.submit(link.getCustomerId(), link.getProductId(), clean.getRating(), storedText);
                    review.linkStoreReview(storeId);
                    em.flush();
                    if (listener != null) {
                        listener.submitted(review);
                    }
                    return review.getId();
                }
            });
        } catch (RuntimeException e) {
            if (WriteConflicts.isConflict(e)) {
                throw alreadyReviewed();
            }
            throw e;
        }
        if (s.getModeration() == ModerationMode.AUTO_APPROVE) {
            try {
                ProductReview approved = moderation.approve(reviewId, ReviewModeration.AUTO);
                return new SubmittedReview(reviewId, ReviewStatus.APPROVED, approved.getRewardPoints());
            } catch (RuntimeException e) {
                LOG.warn("Review " + reviewId + " stored but not auto-approved; it waits for an admin: " + e.getMessage(), e);
            }
        }
        return new SubmittedReview(reviewId, ReviewStatus.PENDING, s.getRewardPoints());
    }

    @Override
    public ReviewLink checkSatisfactionLink(String token) {
        ReviewLink link = tokens.verifySatisfaction(token, clock.now());
        ReviewRequest request = request(link.getOrderId());
        if (request == null || request.getCustomerId() != link.getCustomerId()) {
            throw unknownOrder();
        }
        return link;
    }

    @Override
    public SatisfactionAnswer answerSatisfaction(String token, final Integer score) {
        final Date now = clock.now();
        final ReviewLink link = tokens.verifySatisfaction(token, now);
        if (score == null || score < 0 || score > 10) {
            throw new ReviewException("score", "evergreen.review.error.scoreRange", "Choose a score from 0 to 10.");
        }
        ReviewRequest request = request(link.getOrderId());
        if (request == null || request.getCustomerId() != link.getCustomerId()) {
            throw unknownOrder();
        }
        try {
            tx.execute(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    if (requests.satisfaction(link.getOrderId()) != null) {
                        throw new LostRace("answered already");
                    }
                    requests.answer(new SatisfactionResponse(link.getOrderId(), link.getCustomerId(), score, now));
                    return null;
                }
            });
            return new SatisfactionAnswer(link.getOrderId(), score, true);
        } catch (RuntimeException e) {
            if (!(e instanceof LostRace) && !WriteConflicts.isConflict(e)) {
                throw e;
            }
            SatisfactionResponse first = tx.execute(new TransactionCallback<SatisfactionResponse>() {
                @Override
                public SatisfactionResponse doInTransaction(TransactionStatus status) {
                    return requests.satisfaction(link.getOrderId());
                }
            });
            return new SatisfactionAnswer(link.getOrderId(), first.getScore(), false);
        }
    }

    private static ReviewException alreadyReviewed() {
        return new ReviewException(null, "evergreen.review.error.alreadyReviewed",
                "You have already reviewed this product. Thank you!");
    }

    private static ReviewException unknownOrder() {
        return new ReviewException(null, "evergreen.review.error.unknownOrder", "This review link does not belong to a known order.");
    }

    /** The order line of the link's product; refuses links whose order or product the engine does not know. */
    private ReviewRequestItem orderLine(final ReviewLink link) {
        ReviewRequest request = request(link.getOrderId());
        if (request == null || request.getCustomerId() != link.getCustomerId()) {
            throw unknownOrder();
        }
        List<ReviewRequestItem> items = tx.execute(status -> requests.itemsOfProduct(link.getOrderId(), link.getProductId()));
        if (items.isEmpty()) {
            throw unknownOrder();
        }
        return items.get(0);
    }

    private ReviewRequest request(final long orderId) {
        return tx.execute(new TransactionCallback<ReviewRequest>() {
            @Override
            public ReviewRequest doInTransaction(TransactionStatus status) {
                return em.find(ReviewRequest.class, orderId);
            }
        });
    }

    private String orderNumber(long orderId) {
        ReviewRequest r = request(orderId);
        return r == null ? null : r.getOrderNumber();
    }

    private ProductReview existingReview(final long customerId, final long productId) {
        return tx.execute(status -> reviews.reviewOf(customerId, productId));
    }
}
