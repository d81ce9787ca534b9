package org.evergreenloyalty.review;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import org.evergreenloyalty.support.Queries;
import org.evergreenloyalty.support.Rows;

/**
 * The queries of written reviews: the moderation lists, a customer's review of a product, the module's rows behind
 * Broadleaf's ratings, the decisions (conditional updates) and the period counts of the review statistics.
 * Callers bring the transaction.
 */
public class ReviewRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** One page of reviews in {@code status} (all when null), oldest or newest first. */
    public List<ProductReview> page(ReviewStatus status, boolean oldestFirst, int first, int size) {
        String dir = oldestFirst ? "asc" : "desc";
        TypedQuery<ProductReview> q = em.createQuery("select r from ProductReview r" + where(status) + " order by r.submittedAt " + dir
                + ", r.id " + dir, ProductReview.class);
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many reviews are in {@code status} (all when null). */
    public long count(ReviewStatus status) {
        TypedQuery<Long> c = em.createQuery("select count(r) from ProductReview r" + where(status), Long.class);
        if (status != null) {
            c.setParameter("s", status);
        }
        return c.getSingleResult();
    }

    private static String where(ReviewStatus status) {
        return status == null ? "" : " where r.status = :s";
    }

    /** The customer's review of the product, or null. */
    public ProductReview reviewOf(long customerId, long productId) {
        List<ProductReview> rows = em.createQuery("select r from ProductReview r where r.customerId = :c and r.productId = :p",
                ProductReview.class).setParameter("c", customerId).setParameter("p", productId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The module's rows behind these Broadleaf review ids. */
    public List<ProductReview> byStoreReviewIds(Collection<Long> storeIds) {
        return em.createQuery("select r from ProductReview r where r.storeReviewId in (:ids)", ProductReview.class)
                .setParameter("ids", Queries.padded(storeIds)).getResultList();
    }

    /** How many approved reviews of the product come from verified buyers. */
    public long verifiedApproved(long productId) {
        return em.createQuery("select count(r) from ProductReview r where r.productId = :p and r.status = :s "
                + "and r.verifiedBuyer = true", Long.class).setParameter("p", productId)
                .setParameter("s", ReviewStatus.APPROVED).getSingleResult();
    }

    /** Approves a pending review; returns the rows changed (0: not pending). */
    public int approve(long reviewId, Date now, String decidedBy) {
        return em.createQuery("update ProductReview r set r.status = :approved, r.decidedAt = :now, r.decidedBy = :by, "
                + "r.rejectReason = null where r.id = :id and r.status = :pending")
                .setParameter("approved", ReviewStatus.APPROVED).setParameter("now", now).setParameter("by", decidedBy)
                .setParameter("id", reviewId).setParameter("pending", ReviewStatus.PENDING).executeUpdate();
    }

    /** Rejects a review that is not rejected yet; returns the rows changed (0: rejected already). */
    public int reject(long reviewId, String reason, Date now, String decidedBy) {
        return em.createQuery("update ProductReview r set r.status = :rejected, r.decidedAt = :now, r.decidedBy = :by, "
                + "r.rejectReason = :reason where r.id = :id and r.status <> :rejected")
                .setParameter("rejected", ReviewStatus.REJECTED).setParameter("now", now).setParameter("by", decidedBy)
                .setParameter("reason", reason).setParameter("id", reviewId).executeUpdate();
    }

    // ------------------------------------------------------------------ statistics of a period [from, to)

    /** Review e-mails of {@code kind} sent in the period. */
    public long mailsSent(MailKind kind, Date from, Date to) {
        return em.createQuery("select count(m) from ReviewMail m where m.kind = :kind and m.state = :sent "
                + "and m.sentAt >= :from and m.sentAt < :to", Long.class).setParameter("kind", kind)
                .setParameter("sent", MailState.SENT).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Products asked about by the requests sent in the period; with {@code reviewed}, only those reviewed since. */
    public long productsAsked(boolean reviewed, Date from, Date to) {
        String asked = "select count(i) from ReviewRequestItem i, ReviewMail m where m.orderId = i.orderId and m.kind = :kind "
                + "and m.state = :sent and m.sentAt >= :from and m.sentAt < :to and i.requested = true";
        String review = reviewed ? " and exists (select r.id from ProductReview r where r.orderId = i.orderId and r.productId = i.productId)" : "";
        return em.createQuery(asked + review, Long.class).setParameter("kind", MailKind.REQUEST).setParameter("sent", MailState.SENT)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Reviews written in the period. */
    public long submitted(Date from, Date to) {
        return em.createQuery("select count(r) from ProductReview r where r.submittedAt >= :from and r.submittedAt < :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Reviews whose decision in the period was {@code status}. */
    public long decided(ReviewStatus status, Date from, Date to) {
        return em.createQuery("select count(r) from ProductReview r where r.status = :s and r.decidedAt >= :from and r.decidedAt < :to",
                Long.class).setParameter("s", status).setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** Points granted for reviews in the period and not taken back. */
    public long rewardPoints(Date from, Date to) {
        Long points = em.createQuery("select sum(r.rewardPoints) from ProductReview r where r.rewardedAt >= :from and r.rewardedAt < :to "
                + "and r.rewardTakenBackAt is null", Long.class).setParameter("from", from).setParameter("to", to).getSingleResult();
        return points == null ? 0 : points;
    }

    /** Satisfaction answers in the period with a score from {@code min} to {@code max}. */
    public long scores(int min, int max, Date from, Date to) {
        return Rows.first(em, "select count(*) from " + ReviewRequestRepository.SATISFACTION_TABLE + " where SCORE >= ? and SCORE <= ? "
                + "and ANSWERED_AT >= ? and ANSWERED_AT < ?", p -> p.integer(min).integer(max).time(from).time(to), rs -> rs.getLong(1));
    }
}
