package org.evergreenloyalty.ledger;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.evergreenloyalty.support.Queries;

/**
 * The queries of the ledger: an account's balances and its earnings of the last twelve months, entries by event key
 * and by customer (the statement), open lots and lots due to expire, and the accounts in id order for the jobs.
 * Callers bring the transaction.
 */
public class LedgerRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The account's available, pending and lifetime-earned points, or null when the customer has no account. */
    public long[] balances(long customerId) {
        List<Object[]> rows = em.createQuery("select a.available, a.pending, a.lifetimeEarned from LoyaltyAccount a where a.customerId = :c",
                Object[].class).setParameter("c", customerId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] a = rows.get(0);
        return new long[] {((Number) a[0]).longValue(), ((Number) a[1]).longValue(), ((Number) a[2]).longValue()};
    }

    /** The points the customer earned since {@code since} (earning entries less their reversals). */
    public long earnedSince(long customerId, Date since) {
        Long recent = em.createQuery("select coalesce(sum(e.earnedDelta), 0) from LedgerEntry e where e.customerId = :c "
                + "and e.createdAt >= :since", Long.class).setParameter("c", customerId).setParameter("since", since).getSingleResult();
        return recent == null ? 0 : recent;
    }

    /** The entry recorded for {@code eventKey}, or null. */
    public LedgerEntry byEventKey(String eventKey) {
        List<LedgerEntry> found = em.createQuery("select e from LedgerEntry e where e.eventKey = :k", LedgerEntry.class)
                .setParameter("k", eventKey).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** A page of the customer's entries, newest first. */
    public List<LedgerEntry> history(long customerId, int firstResult, int maxResults) {
        return em.createQuery("select e from LedgerEntry e where e.customerId = :c order by e.createdAt desc, e.id desc", LedgerEntry.class)
                .setParameter("c", customerId).setFirstResult(firstResult).setMaxResults(maxResults).getResultList();
    }

    /** How many entries the customer has. */
    public long historySize(long customerId) {
        return em.createQuery("select count(e) from LedgerEntry e where e.customerId = :c", Long.class)
                .setParameter("c", customerId).getSingleResult();
    }

    /** The customer's lots with points left, oldest first (the order points are spent in). */
    public List<PointLot> openLots(long customerId) {
        return em.createQuery("select l from PointLot l where l.customerId = :c and l.remainingPoints > 0 order by l.creditedAt, l.id",
                PointLot.class).setParameter("c", customerId).getResultList();
    }

    /** Lots with points left whose expiry is before {@code before}, the soonest first. */
    public List<PointLot> lotsExpiringBefore(Date before, int max) {
        return em.createQuery("select l from PointLot l where l.remainingPoints > 0 and l.expiresAt is not null and l.expiresAt < :b "
                + "order by l.expiresAt, l.id", PointLot.class).setParameter("b", before).setMaxResults(max).getResultList();
    }

    /** The lots with points left whose expiry is before {@code before}, the soonest first: lot id to customer id. */
    public Map<Long, Long> lotCustomersExpiringBefore(Date before, int max) {
        Map<Long, Long> lots = new LinkedHashMap<Long, Long>();
        em.createQuery("select l.id, l.customerId from PointLot l where l.remainingPoints > 0 and l.expiresAt is not null "
                + "and l.expiresAt < :b order by l.expiresAt, l.id", Object[].class).setParameter("b", before).setMaxResults(max)
                .getResultList().forEach(row -> lots.put((Long) row[0], (Long) row[1]));
        return lots;
    }

    /** Sets the expiry of the open lots of these customers. */
    public void setLotExpiry(Collection<Long> customerIds, Date expiresAt) {
        em.createQuery("update PointLot l set l.expiresAt = :e where l.customerId in :c and l.remainingPoints > 0")
                .setParameter("e", expiresAt).setParameter("c", Queries.padded(customerIds)).executeUpdate();
    }

    /** The next {@code max} customers with an account after {@code afterCustomerId}, in id order. */
    public List<Long> customerIds(long afterCustomerId, int max) {
        return em.createQuery("select a.customerId from LoyaltyAccount a where a.customerId > :after order by a.customerId", Long.class)
                .setParameter("after", afterCustomerId).setMaxResults(max).getResultList();
    }
}
