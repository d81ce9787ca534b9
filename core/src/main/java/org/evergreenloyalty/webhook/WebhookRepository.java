package org.evergreenloyalty.webhook;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.JdbcBatch;
import org.evergreenloyalty.support.PersistenceContexts;
import org.evergreenloyalty.support.Queries;
import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.support.TableIds;

/**
 * The webhooks' queries: subscriptions, the outbox of deliveries (due ones of enabled subscriptions via
 * {@code EVG_WHDEL_DUE_IDX}, claimed under a token with a conditional update so of two nodes only one gets each),
 * the outcome of each attempt, and the delivery log of a subscription.
 */
public class WebhookRepository {

    private static final String CLAIMABLE = "d.status = :pending and (d.claimedUntil is null or d.claimedUntil < :now)";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Every subscription, oldest first. */
    public List<WebhookSubscription> subscriptions() {
        return em.createQuery("select s from WebhookSubscription s order by s.id", WebhookSubscription.class).getResultList();
    }

    /** The enabled subscriptions. */
    public List<WebhookSubscription> enabledSubscriptions() {
        return em.createQuery("select s from WebhookSubscription s where s.enabled = :t order by s.id", WebhookSubscription.class)
                .setParameter("t", Boolean.TRUE).getResultList();
    }

    public WebhookSubscription subscription(long id) {
        return em.find(WebhookSubscription.class, id);
    }

    /** The subscription, locked until the transaction ends. */
    public WebhookSubscription lockSubscription(long id) {
        WebhookSubscription s = em.find(WebhookSubscription.class, id);
        if (s != null) {
            em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
        }
        return s;
    }

    public void add(WebhookSubscription s) {
        em.persist(s);
        em.flush();
    }

    /** Removes a subscription with its deliveries and attempts. */
    public void delete(long id) {
        Rows.update(em, "delete from " + ATTEMPT_TABLE + " where SUB_ID = ?", p -> p.id(id));
        em.createQuery("delete from WebhookDelivery d where d.subscriptionId = :s").setParameter("s", id).executeUpdate();
        em.createQuery("delete from WebhookSubscription s where s.id = :s").setParameter("s", id).executeUpdate();
    }

    /** The next id of a delivery, from the entity's own generator. */
    public long nextDeliveryId() {
        return JdbcBatch.nextId(em, WebhookDelivery.class.getName(), null);
    }

    /** Writes new deliveries (ids assigned) with multi-row inserts in the current transaction. */
    public void insertAll(List<WebhookDelivery> deliveries) {
        JdbcBatch.insert(em, "EVG_WEBHOOK_DELIVERY (DELIVERY_ID, SUB_ID, EVENT_ID, EVENT_TYPE, DATA, CREATED_AT, STATUS, ATTEMPTS,"
                + " NEXT_ATTEMPT_AT, LAST_ATTEMPT_AT, LAST_STATUS_CODE, LAST_ERROR, DELIVERED_AT, CLAIM_TOKEN, CLAIMED_UNTIL)", 15, deliveries,
                (p, d) -> p.id(d.getId()).number(d.getSubscriptionId()).text(d.getEventId()).text(d.getEventType()).text(d.getData())
                        .time(d.getCreatedAt()).text(d.getStatus().name()).integer(d.getAttempts()).time(d.getNextAttemptAt())
                        .time(null).number(null).text(null).time(null).text(null).time(null));
    }

    /** Ids of up to {@code max} deliveries due at {@code now} that nobody holds, of enabled subscriptions, oldest first. */
    public List<Long> dueIds(Date now, int max) {
        return em.createQuery("select d.id from WebhookDelivery d where d.nextAttemptAt <= :now and " + CLAIMABLE
                + " and d.subscriptionId in (select s.id from WebhookSubscription s where s.enabled = :t)"
                + " order by d.nextAttemptAt, d.id", Long.class)
                .setParameter("now", now).setParameter("pending", DeliveryStatus.PENDING).setParameter("t", Boolean.TRUE)
                .setMaxResults(max).getResultList();
    }

    /** Claims those of {@code ids} nobody holds for {@code token} until {@code until}; returns how many it got. */
    public int claim(Collection<Long> ids, String token, Date now, Date until) {
        return em.createQuery("update WebhookDelivery d set d.claimToken = :tok, d.claimedUntil = :until where d.id in :ids and " + CLAIMABLE)
                .setParameter("tok", token).setParameter("until", until).setParameter("ids", Queries.padded(ids)).setParameter("now", now)
                .setParameter("pending", DeliveryStatus.PENDING).executeUpdate();
    }

    /** The deliveries claimed under {@code token}, oldest first. */
    public List<WebhookDelivery> claimed(String token) {
        PersistenceContexts.detachAll(em, WebhookDelivery.class); // changed by bulk statements
        return em.createQuery("select d from WebhookDelivery d where d.claimToken = :tok and d.status = :pending "
                + "order by d.nextAttemptAt, d.id", WebhookDelivery.class)
                .setParameter("tok", token).setParameter("pending", DeliveryStatus.PENDING).getResultList();
    }

    /**
     * Records an attempt's end and releases the claim of {@code token}; returns whether this claim still held the
     * delivery (false: its lease ran out and another node took it over).
     */
    public boolean finish(long id, String token, DeliveryStatus status, Date next, Date attemptedAt, Integer code, String error) {
        return em.createQuery("update WebhookDelivery d set d.status = :s, d.attempts = d.attempts + 1, d.nextAttemptAt = :next, "
                + "d.lastAttemptAt = :at, d.lastStatusCode = :code, d.lastError = :e, d.deliveredAt = :delivered, "
                + "d.claimToken = null, d.claimedUntil = null where d.id = :id and d.claimToken = :tok")
                .setParameter("s", status).setParameter("next", next).setParameter("at", attemptedAt).setParameter("code", code)
                .setParameter("e", error).setParameter("delivered", status == DeliveryStatus.DELIVERED ? attemptedAt : null)
                .setParameter("id", id).setParameter("tok", token).executeUpdate() == 1;
    }

    /** Gives a claimed delivery back untouched (its subscription was disabled meanwhile). */
    public void release(long id, String token) {
        em.createQuery("update WebhookDelivery d set d.claimToken = null, d.claimedUntil = null where d.id = :id and d.claimToken = :tok")
                .setParameter("id", id).setParameter("tok", token).executeUpdate();
    }

    /** Makes a delivery due again at {@code now} with a fresh run of attempts; returns whether it exists. */
    public boolean resend(long id, Date now) {
        return em.createQuery("update WebhookDelivery d set d.status = :pending, d.attempts = 0, d.nextAttemptAt = :now, "
                + "d.claimToken = null, d.claimedUntil = null where d.id = :id")
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now).setParameter("id", id).executeUpdate() == 1;
    }

    /** The table of the delivery attempts ({@link WebhookAttempt}). */
    public static final String ATTEMPT_TABLE = "EVG_WEBHOOK_ATTEMPT";
    private static final String ATTEMPT_COLUMNS = "ATTEMPT_ID, DELIVERY_ID, SUB_ID, EVENT_TYPE, ATTEMPTED_AT, STATUS_CODE, SUCCESS, "
            + "ERROR, DURATION_MS";

    /** Records {@code a}. */
    public void addAttempt(WebhookAttempt a) {
        long id = TableIds.next(em, "WebhookAttempt");
        Integer code = a.getStatusCode();
        Rows.update(em, "insert into " + ATTEMPT_TABLE + " (" + ATTEMPT_COLUMNS + ") values (" + Rows.marks(9) + ")", p -> p.id(id)
                .id(a.getDeliveryId()).id(a.getSubscriptionId()).text(a.getEventType()).time(a.getAttemptedAt())
                .number(code == null ? null : code.longValue()).flag(a.isSuccess()).text(a.getError()).id(a.getDurationMs()));
    }

    public WebhookDelivery delivery(long id) {
        return em.find(WebhookDelivery.class, id);
    }

    /** The newest {@code max} deliveries of a subscription, newest first. */
    public List<WebhookDelivery> deliveriesOf(long subscriptionId, int max) {
        PersistenceContexts.detachAll(em, WebhookDelivery.class);
        return em.createQuery("select d from WebhookDelivery d where d.subscriptionId = :s order by d.createdAt desc, d.id desc",
                WebhookDelivery.class).setParameter("s", subscriptionId).setMaxResults(Math.max(1, max)).getResultList();
    }

    /** The newest {@code max} attempts of a subscription, newest first. */
    public List<WebhookAttempt> attemptsOf(long subscriptionId, int max) {
        return Rows.list(em, "select " + ATTEMPT_COLUMNS + " from " + ATTEMPT_TABLE + " where SUB_ID = ? "
                + "order by ATTEMPTED_AT desc, ATTEMPT_ID desc", p -> p.id(subscriptionId), rs -> new WebhookAttempt(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getString(4), Rows.time(rs, 5), rs.getObject(6) == null ? null
                : Integer.valueOf(rs.getInt(6)), rs.getBoolean(7), rs.getString(8), rs.getLong(9)), Math.max(1, max));
    }
}
