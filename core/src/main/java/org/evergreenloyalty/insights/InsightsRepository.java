package org.evergreenloyalty.insights;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;

/**
 * The reports' queries on the module's own tables (ledger entries, accounts, order points, vouchers): each one
 * aggregate statement, never a load of rows into Java. The ledger figures read the hourly summary
 * ({@code EVG_INS_LEDGER_HOUR}, see {@link InsightsSummaryService}) before its fold's end when given one, and the
 * entries after it live. Callers hold the (read-only) transaction.
 * Bean {@code evgInsightsRepository}.
 */
public class InsightsRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The available and pending points of all accounts just before {@code at}: the sums of earlier entries. */
    public long[] balancesBefore(Date at) {
        return balancesBefore(at, null);
    }

    /**
     * The same, reading the hours before {@code ledgerFoldedTo} from the hourly summary and only later entries live
     * (everything live when {@code ledgerFoldedTo} is null or {@code at} is not a whole hour).
     */
    public long[] balancesBefore(Date at, Date ledgerFoldedTo) {
        if (ledgerFoldedTo == null || !SqlTime.isWholeHour(at)) {
            return rawBalances(null, at);
        }
        Date summed = at.before(ledgerFoldedTo) ? at : ledgerFoldedTo;
        Object[] r = (Object[]) em.createNativeQuery("select coalesce(sum(h.AVAILABLE_SUM), 0) as A, coalesce(sum(h.PENDING_SUM), 0) as P "
                + "from EVG_INS_LEDGER_HOUR h where h.HOUR_AT < " + SqlTime.literal(summed)).getSingleResult();
        long[] live = summed.before(at) ? rawBalances(summed, at) : new long[2];
        return new long[] {num(r[0]) + live[0], num(r[1]) + live[1]};
    }

    private long[] rawBalances(Date from, Date to) {
        javax.persistence.TypedQuery<Object[]> q = em.createQuery("select coalesce(sum(e.availableDelta), 0), "
                + "coalesce(sum(e.pendingDelta), 0) from LedgerEntry e where e.createdAt < :to"
                + (from == null ? "" : " and e.createdAt >= :from"), Object[].class).setParameter("to", to);
        if (from != null) {
            q.setParameter("from", from);
        }
        Object[] r = q.getSingleResult();
        return new long[] {num(r[0]), num(r[1])};
    }

    /** The movements of every bucket (one entry per bucket, in order), summed by entry type in one statement. */
    public List<Movements> movements(Buckets buckets) {
        return movements(buckets, null);
    }

    /**
     * The same, from the hourly summary for the hours before {@code ledgerFoldedTo} and the entries from it on live,
     * in one statement; everything live when {@code ledgerFoldedTo} is null or a bucket bound is not a whole hour
     * (a reporting zone half an hour off the server's).
     */
    public List<Movements> movements(Buckets buckets, Date ledgerFoldedTo) {
        List<Movements> result = new ArrayList<Movements>();
        for (int i = 0; i < buckets.size(); i++) {
            result.add(new Movements());
        }
        Date start = buckets.start();
        Date end = buckets.end();
        Date split = ledgerFoldedTo == null || !buckets.wholeHours() ? start
                : ledgerFoldedTo.before(start) ? start : ledgerFoldedTo.after(end) ? end : ledgerFoldedTo;
        String values = buckets.valuesTable("b");
        StringBuilder rows = new StringBuilder();
        if (split.after(start)) {
            rows.append("select b.IDX as IDX, h.ENTRY_TYPE as T, h.AVAILABLE_SUM as A, h.PENDING_SUM as P from EVG_INS_LEDGER_HOUR h join ")
                    .append(values).append(" on h.HOUR_AT >= b.LO and h.HOUR_AT < b.HI where h.HOUR_AT >= ")
                    .append(SqlTime.literal(start)).append(" and h.HOUR_AT < ").append(SqlTime.literal(split));
        }
        if (split.before(end)) {
            rows.append(rows.length() == 0 ? "" : " union all ")
                    .append("select b.IDX as IDX, e.ENTRY_TYPE as T, e.AVAILABLE_DELTA as A, e.PENDING_DELTA as P from EVG_LEDGER_ENTRY e join ")
                    .append(values).append(" on e.CREATED_AT >= b.LO and e.CREATED_AT < b.HI where e.CREATED_AT >= ")
                    .append(SqlTime.literal(split)).append(" and e.CREATED_AT < ").append(SqlTime.literal(end));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> sums = em.createNativeQuery("select x.IDX as IDX, x.T as ENTRY_TYPE, sum(x.A) as AVAILABLE_SUM, "
                + "sum(x.P) as PENDING_SUM from (" + rows + ") x group by x.IDX, x.T").getResultList();
        for (Object[] r : sums) {
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
