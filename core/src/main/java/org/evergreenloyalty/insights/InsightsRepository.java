package org.evergreenloyalty.insights;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;

/**
 * The reports' queries on the module's own tables (ledger entries, accounts, order points, vouchers): each one
 * aggregate statement, never a load of rows into Java. Callers hold the (read-only) transaction.
 * Bean {@code evgInsightsRepository}.
 */
public class InsightsRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The available and pending points of all accounts just before {@code at}: the sums of earlier entries. */
    public long[] balancesBefore(Date at) {
        Object[] r = em.createQuery("select coalesce(sum(e.availableDelta), 0), coalesce(sum(e.pendingDelta), 0) "
                + "from LedgerEntry e where e.createdAt < :at", Object[].class).setParameter("at", at).getSingleResult();
        return new long[] {num(r[0]), num(r[1])};
    }

    /** The movements of every bucket (one entry per bucket, in order), summed by entry type in one statement. */
    public List<Movements> movements(Buckets buckets) {
        List<Movements> result = new ArrayList<Movements>();
        for (int i = 0; i < buckets.size(); i++) {
            result.add(new Movements());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select b.IDX as IDX, e.ENTRY_TYPE as ENTRY_TYPE, sum(e.AVAILABLE_DELTA) as AVAILABLE_SUM, "
                + "sum(e.PENDING_DELTA) as PENDING_SUM "
                + "from EVG_LEDGER_ENTRY e join " + buckets.valuesTable("b") + " on e.CREATED_AT >= b.LO and e.CREATED_AT < b.HI "
                + "where e.CREATED_AT >= " + SqlTime.literal(buckets.start()) + " and e.CREATED_AT < "
                + SqlTime.literal(buckets.end()) + " group by b.IDX, e.ENTRY_TYPE").getResultList();
        for (Object[] r : rows) {
            result.get((int) num(r[0])).add(EntryType.valueOf(((String) r[1]).trim()), num(r[2]), num(r[3]));
        }
        return result;
    }

    /** Available points, pending points and number of all accounts now. */
    public long[] accountTotals() {
        Object[] r = em.createQuery("select coalesce(sum(a.available), 0), coalesce(sum(a.pending), 0), count(a) "
                + "from LoyaltyAccount a", Object[].class).getSingleResult();
        return new long[] {num(r[0]), num(r[1]), num(r[2])};
    }

    /** Accounts opened before {@code at}. */
    public long membersBefore(Date at) {
        return em.createQuery("select count(a) from LoyaltyAccount a where a.createdAt < :at", Long.class)
                .setParameter("at", at).getSingleResult();
    }

    /** Customers who earned, got a bonus or redeemed in [from, to). */
    public long activeMembers(Date from, Date to) {
        return em.createQuery("select count(distinct e.customerId) from LedgerEntry e where e.createdAt >= :f "
                + "and e.createdAt < :t and e.type in (:types)", Long.class).setParameter("f", from).setParameter("t", to)
                .setParameter("types", java.util.Arrays.asList(EntryType.EARN, EntryType.BONUS, EntryType.REDEEM))
                .getSingleResult();
    }

    /**
     * For the orders booked by the module that were placed in [from, to) and are not cancelled: how many, how
     * many earned points, how many redeemed points, the points they earned and the points they redeemed.
     */
    public long[] orderPoints(Date from, Date to) {
        Object[] r = em.createQuery("select count(o), coalesce(sum(case when o.earned > 0 then 1 else 0 end), 0), "
                + "coalesce(sum(case when o.redeemed > 0 then 1 else 0 end), 0), coalesce(sum(o.earned), 0), "
                + "coalesce(sum(o.redeemed), 0) from OrderPoints o where o.submittedAt >= :f and o.submittedAt < :t "
                + "and o.cancelled = false", Object[].class).setParameter("f", from).setParameter("t", to).getSingleResult();
        return new long[] {num(r[0]), num(r[1]), num(r[2]), num(r[3]), num(r[4])};
    }

    /** Vouchers bought in [from, to), their points, and vouchers used by an order in [from, to). */
    public long[] vouchers(Date from, Date to) {
        Object[] issued = em.createQuery("select count(v), coalesce(sum(v.points), 0) from PointsVoucher v "
                + "where v.createdAt >= :f and v.createdAt < :t", Object[].class).setParameter("f", from)
                .setParameter("t", to).getSingleResult();
        long used = em.createQuery("select count(v) from PointsVoucher v where v.usedAt >= :f and v.usedAt < :t",
                Long.class).setParameter("f", from).setParameter("t", to).getSingleResult();
        return new long[] {num(issued[0]), num(issued[1]), used};
    }

    static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
