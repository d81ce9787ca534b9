package org.evergreenloyalty.integrity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.reward.RewardClaim;
import org.evergreenloyalty.support.Queries;

/**
 * The integrity check's queries on the module's own tables (ledger, vouchers, reward claims, runs and findings), each a
 * set-based query over one page; callers hold the transaction. Bean {@code evgIntegrityRepository}.
 */
public class IntegrityRepository {

    /** Source type of a REDEEM entry that paid an order's points discount. */
    public static final String ORDER_SOURCE = "order";
    /** Source type of a REDEEM entry that paid a voucher. */
    public static final String VOUCHER_SOURCE = "voucher";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Points the REDEEM entries of each of {@code orderIds} took (orders without one are absent). */
    public Map<Long, Long> redeemedPointsByOrder(Collection<Long> orderIds) {
        Map<Long, Long> result = new HashMap<Long, Long>();
        if (orderIds.isEmpty()) {
            return result;
        }
        List<String> ids = new ArrayList<String>();
        for (Long id : orderIds) {
            ids.add(String.valueOf(id));
        }
        List<Object[]> rows = em.createQuery("select e.sourceId, sum(e.availableDelta) from LedgerEntry e "
                + "where e.type = :redeem and e.sourceType = :source and e.sourceId in :ids group by e.sourceId", Object[].class)
                .setParameter("redeem", EntryType.REDEEM).setParameter("source", ORDER_SOURCE).setParameter("ids", Queries.padded(ids))
                .getResultList();
        for (Object[] r : rows) {
            result.put(Long.valueOf((String) r[0]), -((Number) r[1]).longValue());
        }
        return result;
    }

    /**
     * Points deducted for each voucher of {@code codes} (upper case): the sum of its REDEEM entries, 0 for a
     * voucher without one; codes that are no voucher of the module are absent.
     */
    public Map<String, Long> voucherPoints(Collection<String> codes) {
        Map<String, Long> result = new HashMap<String, Long>();
        if (codes.isEmpty()) {
            return result;
        }
        List<Object[]> vouchers = em.createQuery("select upper(v.code), v.id from PointsVoucher v where upper(v.code) in :codes",
                Object[].class).setParameter("codes", Queries.padded(upper(codes))).getResultList();
        if (vouchers.isEmpty()) {
            return result;
        }
        Map<String, String> codeOfVoucher = new HashMap<String, String>();
        for (Object[] v : vouchers) {
            codeOfVoucher.put(String.valueOf(v[1]), (String) v[0]);
            result.put((String) v[0], 0L);
        }
        List<Object[]> rows = em.createQuery("select e.sourceId, sum(e.availableDelta) from LedgerEntry e "
                + "where e.type = :redeem and e.sourceType = :source and e.sourceId in :ids group by e.sourceId", Object[].class)
                .setParameter("redeem", EntryType.REDEEM).setParameter("source", VOUCHER_SOURCE)
                .setParameter("ids", Queries.padded(new ArrayList<String>(codeOfVoucher.keySet()))).getResultList();
        for (Object[] r : rows) {
            result.put(codeOfVoucher.get((String) r[0]), -((Number) r[1]).longValue());
        }
        return result;
    }

    /**
     * The claimed rewards of {@code codes}, by upper-case code; codes that are no claim of the module are absent.
     */
    public Map<String, RewardClaim> rewardClaims(Collection<String> codes) {
        Map<String, RewardClaim> result = new HashMap<String, RewardClaim>();
        if (codes.isEmpty()) {
            return result;
        }
        for (RewardClaim c : em.createQuery("select c from RewardClaim c where upper(c.code) in :codes", RewardClaim.class)
                .setParameter("codes", Queries.padded(upper(codes))).getResultList()) {
            result.put(c.getCode().toUpperCase(Locale.ROOT), c);
        }
        return result;
    }

    /** Which of {@code eventKeys} have a REDEEM entry. */
    public Set<String> redeemKeys(Collection<String> eventKeys) {
        if (eventKeys.isEmpty()) {
            return new HashSet<String>();
        }
        return new HashSet<String>(em.createQuery("select e.eventKey from LedgerEntry e where e.eventKey in :keys and e.type = :redeem",
                String.class).setParameter("keys", Queries.padded(eventKeys)).setParameter("redeem", EntryType.REDEEM).getResultList());
    }

    private static List<String> upper(Collection<String> codes) {
        List<String> upper = new ArrayList<String>();
        for (String c : codes) {
            upper.add(c.toUpperCase(Locale.ROOT));
        }
        return upper;
    }

    /** The next at most {@code max} REDEEM entries of orders after entry {@code afterEntryId}, by entry id. */
    public List<OrderRedeem> orderRedeems(long afterEntryId, int max) {
        List<Object[]> rows = em.createQuery("select e.id, e.customerId, e.sourceId, e.availableDelta from LedgerEntry e "
                + "where e.type = :redeem and e.sourceType = :source and e.id > :after order by e.id", Object[].class)
                .setParameter("redeem", EntryType.REDEEM).setParameter("source", ORDER_SOURCE).setParameter("after", afterEntryId)
                .setMaxResults(max).getResultList();
        List<OrderRedeem> result = new ArrayList<OrderRedeem>(rows.size());
        for (Object[] r : rows) {
            result.add(new OrderRedeem(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    -((Number) r[3]).longValue()));
        }
        return result;
    }

    /** The next at most {@code max} account (customer) ids after {@code afterCustomerId}, ascending. */
    public List<Long> accountIds(long afterCustomerId, int max) {
        return em.createQuery("select a.customerId from LoyaltyAccount a where a.customerId > :after order by a.customerId",
                Long.class).setParameter("after", afterCustomerId).setMaxResults(max).getResultList();
    }

    /**
     * The accounts with ids in ({@code afterCustomerId}, {@code upToCustomerId}] whose stored available, pending or
     * lifetime-earned balance differs from the sum of their entries: one aggregate over the range.
     */
    public List<BalanceDifference> balanceDifferences(long afterCustomerId, long upToCustomerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.CUSTOMER_ID, a.AVAILABLE, a.PENDING, a.LIFETIME_EARNED, "
                + "coalesce(sum(e.AVAILABLE_DELTA), 0) as AVAILABLE_SUM, coalesce(sum(e.PENDING_DELTA), 0) as PENDING_SUM, "
                + "coalesce(sum(e.EARNED_DELTA), 0) as EARNED_SUM from EVG_LOYALTY_ACCOUNT a left join EVG_LEDGER_ENTRY e on e.CUSTOMER_ID = a.CUSTOMER_ID "
                + "where a.CUSTOMER_ID > ?1 and a.CUSTOMER_ID <= ?2 "
                + "group by a.CUSTOMER_ID, a.AVAILABLE, a.PENDING, a.LIFETIME_EARNED "
                + "having a.AVAILABLE <> coalesce(sum(e.AVAILABLE_DELTA), 0) or a.PENDING <> coalesce(sum(e.PENDING_DELTA), 0) "
                + "or a.LIFETIME_EARNED <> coalesce(sum(e.EARNED_DELTA), 0) order by a.CUSTOMER_ID")
                .setParameter(1, afterCustomerId).setParameter(2, upToCustomerId).getResultList();
        List<BalanceDifference> result = new ArrayList<BalanceDifference>(rows.size());
        for (Object[] r : rows) {
            result.add(new BalanceDifference(n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6])));
        }
        return result;
    }

    /** Stores a run and the first {@code maxFindings} findings of {@code report}. */
    public IntegrityRun saveRun(IntegrityReport report, String triggeredBy, int maxFindings) {
        List<IntegrityFinding> findings = report.getFindings();
        int stored = Math.min(findings.size(), Math.max(0, maxFindings));
        IntegrityRun run = new IntegrityRun(report, triggeredBy, stored);
        em.persist(run);
        em.flush();
        for (int i = 0; i < stored; i++) {
            em.persist(findings.get(i).forRun(run.getId()));
        }
        em.flush();
        return run;
    }

    /** The run of {@code runId}, or null. */
    public IntegrityRun run(long runId) {
        return em.find(IntegrityRun.class, runId);
    }

    /** The newest {@code max} runs, newest first. */
    public List<IntegrityRun> recentRuns(int max) {
        return em.createQuery("select r from IntegrityRun r order by r.startedAt desc, r.id desc", IntegrityRun.class)
                .setMaxResults(max).getResultList();
    }

    /** The stored findings of run {@code runId} from {@code first}, at most {@code max}, in the order found. */
    public List<IntegrityFinding> findings(long runId, int first, int max) {
        return em.createQuery("select f from IntegrityFinding f where f.runId = :run order by f.id", IntegrityFinding.class)
                .setParameter("run", runId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    /** A REDEEM entry of an order: entry, customer, the order id as recorded (text) and the points it took. */
    public static final class OrderRedeem {
        private final long entryId;
        private final long customerId;
        private final String orderId;
        private final long points;

        OrderRedeem(long entryId, long customerId, String orderId, long points) {
            this.entryId = entryId;
            this.customerId = customerId;
            this.orderId = orderId;
            this.points = points;
        }

        public long getEntryId() { return entryId; }
        public long getCustomerId() { return customerId; }
        /** The entry's source id: the order id as text (not necessarily a number). */
        public String getOrderId() { return orderId; }
        public long getPoints() { return points; }
    }

    /** An account's stored balances next to the sums of its entries. */
    public static final class BalanceDifference {
        private final long customerId;
        private final long available;
        private final long pending;
        private final long lifetimeEarned;
        private final long availableSum;
        private final long pendingSum;
        private final long earnedSum;

        BalanceDifference(long customerId, long available, long pending, long lifetimeEarned, long availableSum,
                          long pendingSum, long earnedSum) {
            this.customerId = customerId;
            this.available = available;
            this.pending = pending;
            this.lifetimeEarned = lifetimeEarned;
            this.availableSum = availableSum;
            this.pendingSum = pendingSum;
            this.earnedSum = earnedSum;
        }

        public long getCustomerId() { return customerId; }
        public long getAvailable() { return available; }
        public long getPending() { return pending; }
        public long getLifetimeEarned() { return lifetimeEarned; }
        public long getAvailableSum() { return availableSum; }
        public long getPendingSum() { return pendingSum; }
        public long getEarnedSum() { return earnedSum; }
    }
}
