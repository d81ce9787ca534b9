package org.evergreenloyalty.reward;

import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import org.evergreenloyalty.support.Queries;

/**
 * Every query of the rewards catalogue: entries (active, all, seeded), claims (per customer, per code, due for a
 * reminder) and the admin's per-entry counts. Callers bring the transaction.
 */
public class RewardRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The active entries in display order. */
    public List<Reward> activeRewards() {
        return em.createQuery("select r from Reward r where r.active = true order by r.displayOrder, r.id", Reward.class)
                .getResultList();
    }

    /** Every entry, active first, in display order. */
    public List<Reward> allRewards() {
        return em.createQuery("select r from Reward r order by r.active desc, r.displayOrder, r.id", Reward.class)
                .getResultList();
    }

    /** The entry, or null. */
    public Reward reward(long rewardId) {
        return em.find(Reward.class, rewardId);
    }

    /** How many entries were made from voucher steps (0 until the steps are seeded). */
    public long seededCount() {
        return em.createQuery("select count(r) from Reward r where r.seedKey is not null", Long.class).getSingleResult();
    }

    /** The customer's claims, newest first. */
    public List<RewardClaim> claimsOf(long customerId) {
        return em.createQuery("select c from RewardClaim c where c.customerId = :c order by c.claimedAt desc, c.id desc",
                RewardClaim.class).setParameter("c", customerId).getResultList();
    }

    /** Per entry id, how many claims of the customer count against its limit (refunded ones do not). */
    public Map<Long, Long> countedClaims(long customerId) {
        Map<Long, Long> counts = new HashMap<Long, Long>();
        for (Object[] row : em.createQuery("select c.rewardId, count(c) from RewardClaim c where c.customerId = :c "
                + "and c.refundedAt is null group by c.rewardId", Object[].class).setParameter("c", customerId).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The claims whose code is one of {@code codes}. */
    public List<RewardClaim> claimsWithCodes(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Collections.emptyList();
        }
        return em.createQuery("select c from RewardClaim c where c.code in (:codes) order by c.id", RewardClaim.class)
                .setParameter("codes", Queries.padded(codes)).getResultList();
    }

    /** The claim, locked for update, or null. */
    public RewardClaim lockClaim(long claimId) {
        return em.find(RewardClaim.class, claimId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Ids of unused, unrefunded, unreminded claims valid after {@code now} and expiring by {@code until}, at most {@code max}. */
    public List<Long> dueForReminder(Date now, Date until, int max) {
        return em.createQuery("select c.id from RewardClaim c where c.validUntil > :now and c.validUntil <= :until "
                + "and c.remindedAt is null and c.usedAt is null and c.refundedAt is null order by c.validUntil, c.id", Long.class)
                .setParameter("now", now).setParameter("until", until).setMaxResults(max).getResultList();
    }

    /** Per entry id: claims, used, refunded, and points spent (claims not refunded). */
    public Map<Long, RewardStats> stats() {
        Map<Long, RewardStats> stats = new HashMap<Long, RewardStats>();
        for (Object[] r : em.createQuery("select c.rewardId, count(c), "
                + "sum(case when c.usedAt is not null then 1 else 0 end), "
                + "sum(case when c.refundedAt is not null then 1 else 0 end), "
                + "sum(case when c.refundedAt is null then c.points else 0 end) from RewardClaim c group by c.rewardId",
                Object[].class).getResultList()) {
            stats.put((Long) r[0], new RewardStats(num(r[1]), num(r[2]), num(r[3]), num(r[4])));
        }
        return stats;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** Re-reads {@code row} under a write lock. */
    public <T> T relock(T row) {
        em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
        return row;
    }

    /** Stores a new entry or claim. */
    public <T> T insert(T row) {
        em.persist(row);
        em.flush();
        return row;
    }

    /** Writes pending changes. */
    public void flush() {
        em.flush();
    }
}
