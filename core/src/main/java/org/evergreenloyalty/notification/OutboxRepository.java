package org.evergreenloyalty.notification;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.JdbcBatch;
import org.evergreenloyalty.support.PersistenceContexts;
import org.evergreenloyalty.support.Queries;

/**
 * The outbox's queries: due e-mails in priority order ({@code EVG_OUTBOX_DUE_IDX}), claiming a page under a
 * token (a conditional update, so of two nodes only one gets each e-mail), marketing e-mails sent per customer
 * ({@code EVG_OUTBOX_CUST_IDX}), the outcome of each attempt, and the admin's view.
 */
public class OutboxRepository {

    private static final String CLAIMABLE = "m.status = :pending and (m.claimedUntil is null or m.claimedUntil < :now)";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    /** The next id of an outbox e-mail, from the entity's own generator. */
    public long nextId() {
        return JdbcBatch.nextId(em, OutboxMail.class.getName(), null);
    }

    /** Writes new e-mails (ids assigned) with multi-row insert statements in the current transaction. */
    public void insertAll(List<OutboxMail> mails) {
        JdbcBatch.insert(em, "EVG_MAIL_OUTBOX (MAIL_ID, TEMPLATE, TO_ADDRESS, SUBJECT, VARIABLES, CUSTOMER_ID, CATEGORY, KIND,"
                + " PRIORITY, STATUS, ATTEMPTS, CREATED_AT, NEXT_ATTEMPT_AT, SENT_AT, LAST_ERROR, REF_TYPE, REF_ID, CLAIM_TOKEN,"
                + " CLAIMED_UNTIL)", 19, mails, (p, m) -> p.id(m.getId()).text(m.getTemplate()).text(m.getTo()).text(m.getSubject())
                .bytes(m.variableBytes()).number(m.getCustomerId()).text(m.getCategory()).text(m.getKind().name())
                .integer(m.getPriority()).text(m.getStatus().name()).integer(m.getAttempts()).time(m.getCreatedAt())
                .time(m.getNextAttemptAt()).time(m.getSentAt()).text(m.getLastError()).text(m.getRefType()).number(m.getRefId())
                .text(null).time(null));
    }

    /** Ids of up to {@code max} e-mails due at {@code now} that nobody holds, first priority first. */
    public List<Long> dueIds(Date now, int max) {
        return em.createQuery("select m.id from OutboxMail m where m.nextAttemptAt <= :now and " + CLAIMABLE
                + " order by m.priority, m.nextAttemptAt, m.id", Long.class)
                .setParameter("now", now).setParameter("pending", OutboxStatus.PENDING).setMaxResults(max).getResultList();
    }

    /** Claims those of {@code ids} nobody holds for {@code token} until {@code until}; returns how many it got. */
    public int claim(Collection<Long> ids, String token, Date now, Date until) {
        return em.createQuery("update OutboxMail m set m.claimToken = :t, m.claimedUntil = :until where m.id in :ids and " + CLAIMABLE)
                .setParameter("t", token).setParameter("until", until).setParameter("ids", Queries.padded(ids)).setParameter("now", now)
                .setParameter("pending", OutboxStatus.PENDING).executeUpdate();
    }

    /** The e-mails claimed under {@code token}, first priority first. */
    public List<OutboxMail> claimed(String token) {
        PersistenceContexts.detachAll(em, OutboxMail.class); // changed by bulk statements
        return em.createQuery("select m from OutboxMail m where m.claimToken = :t and m.status = :pending "
                + "order by m.priority, m.nextAttemptAt, m.id", OutboxMail.class)
                .setParameter("t", token).setParameter("pending", OutboxStatus.PENDING).getResultList();
    }

    /** Per customer of {@code customerIds}: [customer id, marketing e-mails sent after {@code since}, the earliest one's time]. */
    public List<Object[]> marketingSentSince(Collection<Long> customerIds, Date since) {
        return em.createQuery("select m.customerId, count(m), min(m.sentAt) from OutboxMail m where m.customerId in :c "
                + "and m.kind = :k and m.status = :sent and m.sentAt > :since group by m.customerId", Object[].class)
                .setParameter("c", Queries.padded(customerIds)).setParameter("k", MailKind.MARKETING).setParameter("sent", OutboxStatus.SENT)
                .setParameter("since", since).getResultList();
    }

    /** Records an attempt's end: the new status, attempts, next attempt and error; releases the claim of {@code token}. */
    public int finish(long id, String token, OutboxStatus status, int attemptsAdded, Date nextAttemptAt, Date sentAt, String error) {
        return em.createQuery("update OutboxMail m set m.status = :s, m.attempts = m.attempts + :a, m.nextAttemptAt = :next, "
                + "m.sentAt = :sentAt, m.lastError = :e, m.claimToken = null, m.claimedUntil = null where m.id = :id and m.claimToken = :t")
                .setParameter("s", status).setParameter("a", attemptsAdded).setParameter("next", nextAttemptAt)
                .setParameter("sentAt", sentAt).setParameter("e", error == null ? null : abbreviate(error))
                .setParameter("id", id).setParameter("t", token).executeUpdate();
    }

    /** One e-mail's end of an attempt, for {@link #finishAll}. */
    public static final class Finish {
        final long id;
        final OutboxStatus status;
        final int attemptsAdded;
        final Date nextAttemptAt;
        final Date sentAt;
        final String error;

        public Finish(long id, OutboxStatus status, int attemptsAdded, Date nextAttemptAt, Date sentAt, String error) {
            this.id = id;
            this.status = status;
            this.attemptsAdded = attemptsAdded;
            this.nextAttemptAt = nextAttemptAt;
            this.sentAt = sentAt;
            this.error = error;
        }
    }

    /**
     * {@link #finish} for a whole page in one batched statement; returns per e-mail whether this claim still held it
     * (false: the lease ran out and another node took it over).
     */
    public boolean[] finishAll(List<Finish> finishes, String token) {
        return JdbcBatch.runCounted(em, "update EVG_MAIL_OUTBOX set STATUS = ?, ATTEMPTS = ATTEMPTS + ?, NEXT_ATTEMPT_AT = ?,"
                + " SENT_AT = ?, LAST_ERROR = ?, CLAIM_TOKEN = null, CLAIMED_UNTIL = null where MAIL_ID = ? and CLAIM_TOKEN = ?",
                finishes, (ps, f) -> {
                    ps.setString(1, f.status.name());
                    ps.setInt(2, f.attemptsAdded);
                    ps.setTimestamp(3, JdbcBatch.timestamp(f.nextAttemptAt));
                    ps.setTimestamp(4, JdbcBatch.timestamp(f.sentAt));
                    ps.setString(5, f.error == null ? null : abbreviate(f.error));
                    ps.setLong(6, f.id);
                    ps.setString(7, token);
                });
    }

    /** The latest {@code max} e-mails of the outbox, newest first (admin view). */
    public List<OutboxMail> latest(int max) {
        return em.createQuery("select m from OutboxMail m order by m.createdAt desc, m.id desc", OutboxMail.class)
                .setMaxResults(Math.max(1, max)).getResultList();
    }

    /** How many e-mails are in {@code status}. */
    public long count(OutboxStatus status) {
        return em.createQuery("select count(m) from OutboxMail m where m.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }

    /** The outbox e-mails of a customer, oldest first. */
    public List<OutboxMail> ofCustomer(long customerId) {
        return em.createQuery("select m from OutboxMail m where m.customerId = :c order by m.createdAt, m.id", OutboxMail.class)
                .setParameter("c", customerId).getResultList();
    }

    private static String abbreviate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }
}
