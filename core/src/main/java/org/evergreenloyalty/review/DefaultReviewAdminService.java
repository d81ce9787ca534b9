package org.evergreenloyalty.review;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

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
    private final ReviewModeration moderation;
    private final CustomerDirectory customers;

    public DefaultReviewAdminService(PlatformTransactionManager txm, ReviewModeration moderation, CustomerDirectory customers) {
        this.tx = new TransactionTemplate(txm);
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
        return tx.execute(new TransactionCallback<ReviewPage>() {
            @Override
            public ReviewPage doInTransaction(TransactionStatus ts) {
                String where = status == null ? "" : " where r.status = :s";
                TypedQuery<ProductReview> q = em.createQuery("select r from ProductReview r" + where + " order by r.submittedAt "
                        + (oldestFirst ? "asc" : "desc") + ", r.id " + (oldestFirst ? "asc" : "desc"), ProductReview.class);
                TypedQuery<Long> c = em.createQuery("select count(r) from ProductReview r" + where, Long.class);
                if (status != null) {
                    q.setParameter("s", status);
                    c.setParameter("s", status);
                }
                List<ReviewRow> rows = new ArrayList<ReviewRow>();
                for (ProductReview r : q.setFirstResult(p * size).setMaxResults(size).getResultList()) {
                    rows.add(row(r));
                }
                return new ReviewPage(rows, c.getSingleResult(), p, size);
            }
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
        Map<Long, String> refused = new LinkedHashMap<Long, String>();
        for (Long id : distinct(reviewIds)) {
            try {
                moderation.approve(id, admin);
                done.add(id);
            } catch (ReviewException e) {
                refused.put(id, e.getMessage());
            }
        }
        return new BulkDecision(done, refused);
    }

    @Override
    public BulkDecision rejectAll(List<Long> reviewIds, String reason, String adminUser) {
        String admin = admin(adminUser);
        String why = reason(reason);
        List<Long> done = new ArrayList<Long>();
        Map<Long, String> refused = new LinkedHashMap<Long, String>();
        for (Long id : distinct(reviewIds)) {
            try {
                moderation.reject(id, why, admin);
                done.add(id);
            } catch (ReviewException e) {
                refused.put(id, e.getMessage());
            }
        }
        return new BulkDecision(done, refused);
    }

    @Override
    public ReviewStats stats(final Date from, final Date to) {
        if (from == null || to == null || !from.before(to)) {
            throw new ReviewException("from", "evergreen.review.error.period", "Choose a period whose start is before its end.");
        }
        return tx.execute(new TransactionCallback<ReviewStats>() {
            @Override
            public ReviewStats doInTransaction(TransactionStatus status) {
                long requests = mails(MailKind.REQUEST);
                long reminders = mails(MailKind.REMINDER);
                String asked = "from ReviewRequestItem i, ReviewMail m where m.orderId = i.orderId and m.kind = :kind and m.state = :sent "
                        + "and m.sentAt >= :from and m.sentAt < :to and i.requested = true";
                long productsRequested = em.createQuery("select count(i) " + asked, Long.class)
                        .setParameter("kind", MailKind.REQUEST).setParameter("sent", MailState.SENT)
                        .setParameter("from", from).setParameter("to", to).getSingleResult();
                long productsReviewed = em.createQuery("select count(i) " + asked + " and exists (select r.id from ProductReview r "
                        + "where r.orderId = i.orderId and r.productId = i.productId)", Long.class)
                        .setParameter("kind", MailKind.REQUEST).setParameter("sent", MailState.SENT)
                        .setParameter("from", from).setParameter("to", to).getSingleResult();
                long submitted = em.createQuery("select count(r) from ProductReview r where r.submittedAt >= :from and r.submittedAt < :to",
                        Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
                long approved = decided(ReviewStatus.APPROVED);
                long rejected = decided(ReviewStatus.REJECTED);
                Long points = em.createQuery("select sum(r.rewardPoints) from ProductReview r where r.rewardedAt >= :from and r.rewardedAt < :to "
                        + "and r.rewardTakenBackAt is null",
                        Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
                long answers = scores(0, 10);
                return new ReviewStats(from, to, requests, reminders, productsRequested, productsReviewed, submitted, approved, rejected,
                        points == null ? 0 : points, answers, scores(9, 10), scores(7, 8), scores(0, 6));
            }

            private long mails(MailKind kind) {
                return em.createQuery("select count(m) from ReviewMail m where m.kind = :kind and m.state = :sent "
                        + "and m.sentAt >= :from and m.sentAt < :to", Long.class).setParameter("kind", kind)
                        .setParameter("sent", MailState.SENT).setParameter("from", from).setParameter("to", to).getSingleResult();
            }

            private long decided(ReviewStatus s) {
                return em.createQuery("select count(r) from ProductReview r where r.status = :s and r.decidedAt >= :from and r.decidedAt < :to",
                        Long.class).setParameter("s", s).setParameter("from", from).setParameter("to", to).getSingleResult();
            }

            private long scores(int min, int max) {
                return em.createQuery("select count(a) from SatisfactionResponse a where a.score >= :min and a.score <= :max "
                        + "and a.answeredAt >= :from and a.answeredAt < :to", Long.class).setParameter("min", min).setParameter("max", max)
                        .setParameter("from", from).setParameter("to", to).getSingleResult();
            }
        });
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
