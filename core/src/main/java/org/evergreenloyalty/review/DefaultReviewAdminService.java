package org.evergreenloyalty.review;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link ReviewAdminService} on the module's tables; decisions through {@link ReviewModeration}. */
public class DefaultReviewAdminService implements ReviewAdminService {

    /** Most characters of a rejection reason. */
    public static final int MAX_REASON = 500;
    /** Most characters of an admin login. */
    public static final int MAX_ADMIN = 100;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final ReviewRepository repository;
    private final ReviewModeration moderation;
    private final CustomerDirectory customers;

    public DefaultReviewAdminService(PlatformTransactionManager txm, ReviewRepository repository, ReviewModeration moderation,
                                     CustomerDirectory customers) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.moderation = moderation;
        this.customers = customers;
    }

    @Override
    public ReviewPage pending(int page, int pageSize) {
        return page(ReviewStatus.PENDING, page, pageSize, true);
    }

    @Override
    public ReviewPage list(ReviewStatus status, int page, int pageSize) {
        return page(status, page, pageSize, false);
    }

    private ReviewPage page(final ReviewStatus status, int page, int pageSize, final boolean oldestFirst) {
        final int size = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
        final int p = Math.max(0, page);
        return tx.execute(ts -> {
            List<ReviewRow> rows = new ArrayList<ReviewRow>();
            repository.page(status, oldestFirst, p * size, size).forEach(r -> rows.add(row(r)));
            return new ReviewPage(rows, repository.count(status), p, size);
        });
    }

    @Override
    public ReviewRow get(final long reviewId) {
        return tx.execute(new TransactionCallback<ReviewRow>() {
            @Override
            public ReviewRow doInTransaction(TransactionStatus status) {
                ProductReview r = em.find(ProductReview.class, reviewId);
                if (r == null) {
                    return null;
                }
                em.refresh(r);
                return row(r);
            }
        });
    }

    @Override
    public ReviewRow approve(long reviewId, String adminUser) {
        String admin = admin(adminUser);
        moderation.approve(reviewId, admin);
        return get(reviewId);
    }

    @Override
    public ReviewRow reject(long reviewId, String reason, String adminUser) {
        String admin = admin(adminUser);
        String why = reason(reason);
        moderation.reject(reviewId, why, admin);
        return get(reviewId);
    }

    @Override
    public BulkDecision approveAll(List<Long> reviewIds, String adminUser) {
        String admin = admin(adminUser);
        List<Long> done = new ArrayList<Long>();
        Map<Long, ReviewException> refused = new LinkedHashMap<Long, ReviewException>();
        for (Long id : distinct(reviewIds)) {
            try {
                moderation.approve(id, admin);
                done.add(id);
            } catch (ReviewException e) {
                refused.put(id, e);
            }
        }
        return new BulkDecision(done, refused);
    }

    @Override
    public BulkDecision rejectAll(List<Long> reviewIds, String reason, String adminUser) {
        String admin = admin(adminUser);
        String why = reason(reason);
        List<Long> done = new ArrayList<Long>();
        Map<Long, ReviewException> refused = new LinkedHashMap<Long, ReviewException>();
        for (Long id : distinct(reviewIds)) {
            try {
                moderation.reject(id, why, admin);
                done.add(id);
            } catch (ReviewException e) {
                refused.put(id, e);
            }
        }
        return new BulkDecision(done, refused);
    }

    @Override
    public ReviewStats stats(final Date from, final Date to) {
        if (from == null || to == null || !from.before(to)) {
            throw new ReviewException("from", "evergreen.review.error.period", "Choose a period whose start is before its end.");
        }
        return tx.execute(status -> new ReviewStats(from, to, repository.mailsSent(MailKind.REQUEST, from, to),
                repository.mailsSent(MailKind.REMINDER, from, to), repository.productsAsked(false, from, to),
                repository.productsAsked(true, from, to), repository.submitted(from, to), repository.decided(ReviewStatus.APPROVED, from, to),
                repository.decided(ReviewStatus.REJECTED, from, to), repository.rewardPoints(from, to), repository.scores(0, 10, from, to),
                repository.scores(9, 10, from, to), repository.scores(7, 8, from, to), repository.scores(0, 6, from, to)));
    }

    private ReviewRow row(ProductReview r) {
        CustomerContact c = customers.contact(r.getCustomerId());
        String name = null;
        if (c != null) {
            String n = ((c.getFirstName() == null ? "" : c.getFirstName()) + " " + (c.getLastName() == null ? "" : c.getLastName())).trim();
            name = n.isEmpty() ? null : n;
        }
        ReviewRequest req = r.getOrderId() == null ? null : em.find(ReviewRequest.class, r.getOrderId());
        return new ReviewRow(r.getId(), r.getProductId(), r.getProductName(), r.getCustomerId(), c == null ? null : c.getEmail(), name,
                r.getOrderId(), req == null ? null : req.getOrderNumber(), r.getRating(), r.getTitle(), r.getText(), r.getDisplayName(),
                r.isVerifiedBuyer(), r.isIncentivised(), r.getStatus(), r.getSubmittedAt(), r.getDecidedAt(), r.getDecidedBy(),
                r.getRejectReason(), r.getRewardPoints(), r.getRewardTakenBackAt());
    }

    private static List<Long> distinct(List<Long> ids) {
        List<Long> out = new ArrayList<Long>();
        if (ids != null) {
            for (Long id : ids) {
                if (id != null && !out.contains(id)) {
                    out.add(id);
                }
            }
        }
        if (out.isEmpty()) {
            throw new ReviewException(null, "evergreen.review.error.noneSelected", "Select at least one review.");
        }
        return out;
    }

    private static String admin(String adminUser) {
        if (adminUser == null || adminUser.trim().isEmpty()) {
            throw new ReviewException(null, "evergreen.review.error.adminMissing", "A decision needs the admin user who makes it.");
        }
        String a = adminUser.trim();
        return a.length() > MAX_ADMIN ? a.substring(0, MAX_ADMIN) : a;
    }

    private static String reason(String reason) {
        String r = ReviewInputRules.clean(reason);
        if (r == null) {
            throw new ReviewException("reason", "evergreen.review.error.reasonMissing", "A rejection needs a reason.");
        }
        if (r.length() > MAX_REASON) {
            throw new ReviewException("reason", "evergreen.review.error.reasonTooLong",
                    "The reason may have at most " + MAX_REASON + " characters.", MAX_REASON);
        }
        return r;
    }
}
