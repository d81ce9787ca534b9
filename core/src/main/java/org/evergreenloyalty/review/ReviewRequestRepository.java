package org.evergreenloyalty.review;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.JdbcBatch;
import org.evergreenloyalty.support.Queries;
import org.evergreenloyalty.support.Rows;

/**
 * The queries of review requests: requests due, waiting for fulfilment or to be skipped, their items, their e-mails
 * (claims, states, retries) and the counts the request rules need (reviews written, products asked about, mails in
 * the last days), and the batch insert of new requests. Callers bring the transaction.
 */
public class ReviewRequestRepository {

    private static final List<MailState> COUNTED = Arrays.asList(MailState.SENDING, MailState.SENT, MailState.FAILED);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /**
     * Writes new waiting requests and their items with multi-row inserts, none looked for first: each request's key
     * is its order id, each item's its order item id, so a second one fails the caller's transaction.
     */
    public void insertWaiting(List<ReviewRequest> requests, List<ReviewRequestItem> items) {
        JdbcBatch.insert(em, "EVG_REVIEW_REQUEST (ORDER_ID, CUSTOMER_ID, ORDER_NUMBER, ORDER_EMAIL, SUBMITTED_AT, STATUS, REMINDER_DONE)",
                7, requests, (p, r) -> p.id(r.getOrderId()).id(r.getCustomerId()).text(r.getOrderNumber()).text(r.getOrderEmail())
                        .time(r.getSubmittedAt()).text(r.getStatus().name()).flag(r.isReminderDone()));
        JdbcBatch.insert(em, "EVG_REVIEW_REQUEST_ITEM (ORDER_ITEM_ID, ORDER_ID, CUSTOMER_ID, PRODUCT_ID, PRODUCT_NAME, QUANTITY, REQUESTED)",
                7, items, (p, i) -> p.id(i.getOrderItemId()).id(i.getOrderId()).id(i.getCustomerId()).number(i.getProductId())
                        .text(i.getProductName()).integer(i.getQuantity()).flag(i.isRequested()));
    }

    /** The request of an order, fresh from the database and detached, or null. */
    public <T> T fresh(Class<T> type, Object id) {
        T row = em.find(type, id);
        if (row != null) {
            em.refresh(row);
            em.detach(row);
        }
        return row;
    }

    /** The next page of waiting requests whose start ({@code submittedAt} or {@code fulfilledAt}) is before {@code dueBefore}. */
    public List<Long> dueRequests(boolean byFulfilment, Date dueBefore, long after, int pageSize) {
        String start = byFulfilment ? "r.fulfilledAt" : "r.submittedAt";
        return em.createQuery("select r.orderId from ReviewRequest r where r.status = :waiting and " + start + " is not null and "
                + start + " <= :dueBefore and r.orderId > :after order by r.orderId", Long.class)
                .setParameter("waiting", RequestStatus.WAITING).setParameter("dueBefore", dueBefore)
                .setParameter("after", after).setMaxResults(pageSize).getResultList();
    }

    /** The next page of sent requests without a reminder whose request went out before {@code sentBefore}. */
    public List<Long> dueReminders(Date sentBefore, long after, int pageSize) {
        return em.createQuery("select r.orderId from ReviewRequest r where r.status = :sent and r.reminderDone = false "
                + "and r.requestSentAt <= :sentBefore and r.orderId > :after order by r.orderId", Long.class)
                .setParameter("sent", RequestStatus.SENT).setParameter("sentBefore", sentBefore)
                .setParameter("after", after).setMaxResults(pageSize).getResultList();
    }

    /** The next page of waiting requests without a fulfilment: order id and submission time. */
    public List<Object[]> waitingForFulfilment(long after, int pageSize) {
        return em.createQuery("select r.orderId, r.submittedAt from ReviewRequest r where r.status = :waiting "
                + "and r.fulfilledAt is null and r.orderId > :after order by r.orderId", Object[].class)
                .setParameter("waiting", RequestStatus.WAITING).setParameter("after", after)
                .setMaxResults(pageSize).getResultList();
    }

    /** The order's lines, in line order. */
    public List<ReviewRequestItem> items(long orderId) {
        return em.createQuery("select i from ReviewRequestItem i where i.orderId = :o order by i.orderItemId", ReviewRequestItem.class)
                .setParameter("o", orderId).getResultList();
    }

    /** The order's lines the request asked about, in line order. */
    public List<ReviewRequestItem> requestedItems(long orderId) {
        return em.createQuery("select i from ReviewRequestItem i where i.orderId = :o and i.requested = true order by i.orderItemId",
                ReviewRequestItem.class).setParameter("o", orderId).getResultList();
    }

    /** The products the request asked about, in line order (repeated when two lines hold one product). */
    public List<Long> requestedProducts(long orderId) {
        return em.createQuery("select i.productId from ReviewRequestItem i where i.orderId = :o and i.requested = true "
                + "order by i.orderItemId", Long.class).setParameter("o", orderId).getResultList();
    }

    /** The lines of the order that show {@code productId}, in line order. */
    public List<ReviewRequestItem> itemsOfProduct(long orderId, long productId) {
        return em.createQuery("select i from ReviewRequestItem i where i.orderId = :o and i.productId = :p order by i.orderItemId",
                ReviewRequestItem.class).setParameter("o", orderId).setParameter("p", productId).getResultList();
    }

    /** The state of the order's mail of {@code kind}, or null when there is none. */
    public MailState mailState(long orderId, MailKind kind) {
        List<MailState> s = em.createQuery("select m.state from ReviewMail m where m.orderId = :o and m.kind = :k", MailState.class)
                .setParameter("o", orderId).setParameter("k", kind).getResultList();
        return s.isEmpty() ? null : s.get(0);
    }

    /** How many reviews the customer wrote of these products. */
    public long countReviews(long customerId, List<Long> productIds) {
        return em.createQuery("select count(r) from ProductReview r where r.customerId = :c and r.productId in (:p)", Long.class)
                .setParameter("c", customerId).setParameter("p", Queries.padded(productIds)).getSingleResult();
    }

    /** Whether another order's request asked the customer about the product after {@code since}. */
    public boolean askedSince(long customerId, long productId, Date since, long exceptOrder) {
        return em.createQuery("select count(i) from ReviewRequestItem i where i.customerId = :c and i.productId = :p "
                + "and i.requested = true and i.requestedAt > :since and i.orderId <> :o", Long.class)
                .setParameter("c", customerId).setParameter("p", productId).setParameter("since", since)
                .setParameter("o", exceptOrder).getSingleResult() > 0;
    }

    /** How many review e-mails were sent (or are being sent, or failed) to the customer after {@code since}. */
    public long recentMails(long customerId, Date since) {
        return em.createQuery("select count(m) from ReviewMail m where m.customerId = :c and m.createdAt > :since "
                + "and m.state in (:states)", Long.class)
                .setParameter("c", customerId).setParameter("since", since).setParameter("states", COUNTED).getSingleResult();
    }

    /** Moves a waiting request to SENT; returns the rows changed (0: another run was first). */
    public int markRequestSent(long orderId, Date now, Date linksExpire) {
        return em.createQuery("update ReviewRequest r set r.status = :sent, r.requestSentAt = :now, r.linksExpireAt = :exp, "
                + "r.skipReason = null where r.orderId = :id and r.status = :waiting")
                .setParameter("sent", RequestStatus.SENT).setParameter("now", now).setParameter("exp", linksExpire)
                .setParameter("id", orderId).setParameter("waiting", RequestStatus.WAITING).executeUpdate();
    }

    /** Notes that the request asked about the line. */
    public void markItemRequested(long orderItemId, Date now) {
        em.createQuery("update ReviewRequestItem i set i.requested = true, i.requestedAt = :now where i.orderItemId = :id")
                .setParameter("now", now).setParameter("id", orderItemId).executeUpdate();
    }

    /** Notes the reminder of a sent request; returns the rows changed (0: another run was first). */
    public int markReminderSent(long orderId, Date now) {
        return em.createQuery("update ReviewRequest r set r.reminderDone = true, r.reminderSentAt = :now "
                + "where r.orderId = :id and r.reminderDone = false and r.status = :sent")
                .setParameter("now", now).setParameter("id", orderId).setParameter("sent", RequestStatus.SENT).executeUpdate();
    }

    /** Skips a waiting request (and its reminder); returns the rows changed. */
    public int skip(long orderId, SkipReason reason) {
        return em.createQuery("update ReviewRequest r set r.status = :skipped, r.skipReason = :reason, r.reminderDone = true "
                + "where r.orderId = :id and r.status = :waiting")
                .setParameter("skipped", RequestStatus.SKIPPED).setParameter("reason", reason)
                .setParameter("id", orderId).setParameter("waiting", RequestStatus.WAITING).executeUpdate();
    }

    /** Skips the reminder of a request; returns the rows changed. */
    public int skipReminder(long orderId, SkipReason reason) {
        return em.createQuery("update ReviewRequest r set r.reminderDone = true, r.reminderSkipReason = :reason "
                + "where r.orderId = :id and r.reminderDone = false")
                .setParameter("reason", reason).setParameter("id", orderId).executeUpdate();
    }

    /** Skips the reminder of a request that was sent (its order was cancelled, say); returns the rows changed. */
    public int skipReminderIfSent(long orderId, SkipReason reason) {
        return em.createQuery("update ReviewRequest r set r.reminderDone = true, r.reminderSkipReason = :reason "
                + "where r.orderId = :id and r.status = :sent and r.reminderDone = false")
                .setParameter("reason", reason).setParameter("id", orderId).setParameter("sent", RequestStatus.SENT).executeUpdate();
    }

    /** Notes when the order was first seen fulfilled; returns the rows changed. */
    public int markFulfilled(long orderId, Date now) {
        return em.createQuery("update ReviewRequest r set r.fulfilledAt = :now where r.orderId = :id and r.fulfilledAt is null "
                + "and r.status = :waiting").setParameter("now", now).setParameter("id", orderId)
                .setParameter("waiting", RequestStatus.WAITING).executeUpdate();
    }

    /** Records how sending a mail ended. */
    public void recordMail(long mailId, MailState state, Date sentAt, String error) {
        em.createQuery("update ReviewMail m set m.state = :state, m.sentAt = :sentAt, m.error = :error where m.id = :id")
                .setParameter("state", state).setParameter("sentAt", sentAt).setParameter("error", error)
                .setParameter("id", mailId).executeUpdate();
    }

    /** Mails to try again: failed, or claimed by a run that died (older than {@code stale}), young and not tried too often. */
    public List<Long> retryableMails(int maxAttempts, Date since, Date stale, int pageSize) {
        return em.createQuery("select m.id from ReviewMail m where m.attempts < :max and m.createdAt > :since "
                + "and (m.state = :failed or (m.state = :sending and m.claimedAt < :stale)) order by m.id", Long.class)
                .setParameter("max", maxAttempts).setParameter("since", since).setParameter("failed", MailState.FAILED)
                .setParameter("sending", MailState.SENDING).setParameter("stale", stale)
                .setMaxResults(pageSize).getResultList();
    }

    /** Claims a retryable mail for this run; returns the rows changed (0: another run was first). */
    public int claimRetry(long mailId, Date now, int maxAttempts, Date stale) {
        return em.createQuery("update ReviewMail m set m.state = :sending, m.claimedAt = :now, m.attempts = m.attempts + 1 "
                + "where m.id = :id and m.attempts < :max and (m.state = :failed or (m.state = :sending and m.claimedAt < :stale))")
                .setParameter("sending", MailState.SENDING).setParameter("now", now).setParameter("id", mailId)
                .setParameter("max", maxAttempts).setParameter("failed", MailState.FAILED)
                .setParameter("stale", stale).executeUpdate();
    }

    /** Inserts a mail row and flushes: the unique key (order, kind) decides here who sends. */
    public ReviewMail insertMail(ReviewMail mail) {
        em.persist(mail);
        em.flush();
        return mail;
    }

    /** The request of an order, refreshed in the caller's transaction, or null. */
    public ReviewRequest request(long orderId) {
        ReviewRequest r = em.find(ReviewRequest.class, orderId);
        if (r != null) {
            em.refresh(r);
        }
        return r;
    }

    /** The satisfaction answer given with the order's request, or null. */
    public SatisfactionResponse satisfaction(long orderId) {
        return Rows.first(em, "select ORDER_ID, CUSTOMER_ID, SCORE, ANSWERED_AT from " + SATISFACTION_TABLE + " where ORDER_ID = ?",
                p -> p.id(orderId), rs -> new SatisfactionResponse(rs.getLong(1), rs.getLong(2), rs.getInt(3), Rows.time(rs, 4)));
    }

    /** The table of the satisfaction answers ({@link SatisfactionResponse}). */
    public static final String SATISFACTION_TABLE = "EVG_REVIEW_SATISFACTION";

    /** Records an order's first answer; a second one fails on the key. */
    public void answer(SatisfactionResponse a) {
        Rows.update(em, "insert into " + SATISFACTION_TABLE + " (ORDER_ID, CUSTOMER_ID, SCORE, ANSWERED_AT) values (?, ?, ?, ?)",
                p -> p.id(a.getOrderId()).id(a.getCustomerId()).integer(a.getScore()).time(a.getAnsweredAt()));
    }
}
