package org.evergreenloyalty.broadleaf.insights;

import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.ORDERS;
import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.PLACED;
import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.REVENUE;
import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.money;
import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.num;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;

import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.insights.Buckets;
import org.evergreenloyalty.insights.OrderFigures;
import org.evergreenloyalty.insights.SqlTime;

/**
 * The order summaries on Broadleaf 3.1's orders, for {@link BroadleafInsightsOrderSource}: the fold (customers' first
 * placed orders in {@code EVG_INS_CUSTOMER}, figures of completed months and quarters in {@code EVG_INS_ORDER_BUCKET})
 * and the read of the stored figures. Set-based statements in the caller's transaction.
 */
final class OrderSummaryFold {

    private OrderSummaryFold() {
    }

    /**
     * Rewrites the summaries for the orders placed in [from, to): customers' first orders from {@code from} on, and
     * the rows of the buckets of {@code complete} (each of them inside [from, to)). {@code scratch}: empties both
     * tables first.
     */
    static void fold(EntityManager em, Date from, Date to, List<Buckets> complete, boolean scratch) {
        String f = SqlTime.literal(from);
        String t = SqlTime.literal(to);
        if (scratch) {
            Rows.execute(em, "delete from EVG_INS_CUSTOMER");
            Rows.execute(em, "delete from EVG_INS_ORDER_BUCKET");
        }
        Rows.execute(em, "delete from EVG_INS_CUSTOMER where FIRST_ORDER_AT >= " + f);
        Rows.execute(em, "delete from EVG_INS_ORDER_BUCKET where FIRST_AT >= " + f + " and FIRST_AT < " + t);
        if (!from.before(to)) {
            return;
        }
        // rows before from are kept, so a customer without one placed no order before from
        Rows.execute(em, "insert into EVG_INS_CUSTOMER (CUSTOMER_ID, FIRST_ORDER_AT) select o.CUSTOMER_ID, min(o.SUBMIT_DATE) "
                + "from BLC_ORDER o where " + PLACED + " and o.CUSTOMER_ID is not null and o.SUBMIT_DATE >= " + f
                + " and o.SUBMIT_DATE < " + t + " and not exists (select 1 from EVG_INS_CUSTOMER s where s.CUSTOMER_ID = o.CUSTOMER_ID) "
                + "group by o.CUSTOMER_ID");
        for (Buckets b : complete) {
            Rows.execute(em, "insert into EVG_INS_ORDER_BUCKET (GRANULARITY, FIRST_AT, END_AT, ORDERS, CUSTOMERS, NEWCOMERS, "
                    + "REPEATERS, REVENUE) select '" + b.getGranularity().name() + "', c.LO, c.HI, sum(c.N), count(*), "
                    + "sum(case when exists (select 1 from EVG_INS_CUSTOMER s where s.CUSTOMER_ID = c.CUSTOMER_ID and "
                    + "s.FIRST_ORDER_AT >= c.LO) then 1 else 0 end), sum(case when c.N >= 2 then 1 else 0 end), sum(c.REV) "
                    + "from (select b.IDX, b.LO, b.HI, o.CUSTOMER_ID, count(*) as N, sum(" + REVENUE + ") as REV from " + ORDERS
                    + " join " + b.valuesTable("b") + " on o.SUBMIT_DATE >= b.LO and o.SUBMIT_DATE < b.HI where " + PLACED
                    + " and o.SUBMIT_DATE >= " + SqlTime.literal(b.start()) + " and o.SUBMIT_DATE < " + SqlTime.literal(b.end())
                    + " group by b.IDX, b.LO, b.HI, o.CUSTOMER_ID) c group by c.IDX, c.LO, c.HI");
        }
    }

    /** Whether the month rows before {@code before} count the placed orders before it and their net revenue. */
    static boolean complete(EntityManager em, Date before) {
        String b = SqlTime.literal(before);
        Object[] raw = (Object[]) em.createNativeQuery("select count(*) as N, coalesce(sum(" + REVENUE + "), 0) as REV from " + ORDERS
                + " where " + PLACED + " and o.SUBMIT_DATE < " + b).getSingleResult();
        Object[] stored = (Object[]) em.createNativeQuery("select coalesce(sum(s.ORDERS), 0) as N, coalesce(sum(s.REVENUE), 0) as REV "
                + "from EVG_INS_ORDER_BUCKET s where s.GRANULARITY = 'MONTH' and s.FIRST_AT < " + b).getSingleResult();
        return num(raw[0]) == num(stored[0]) && money(raw[1]).compareTo(money(stored[1])) == 0;
    }

    /** The stored rows of {@code buckets}' granularity that end by {@code folded}: FIRST_AT, END_AT and the figures. */
    @SuppressWarnings("unchecked")
    static List<Object[]> stored(EntityManager em, Buckets buckets, Date folded) {
        Date end = folded.before(buckets.end()) ? folded : buckets.end();
        return em.createNativeQuery("select s.FIRST_AT, s.END_AT, s.ORDERS, s.CUSTOMERS, s.NEWCOMERS, s.REPEATERS, s.REVENUE "
                + "from EVG_INS_ORDER_BUCKET s where s.GRANULARITY = '" + buckets.getGranularity().name() + "' and s.FIRST_AT >= "
                + SqlTime.literal(buckets.start()) + " and s.END_AT <= " + SqlTime.literal(end)).getResultList();
    }

    /** Sets bucket {@code i} from the stored row with exactly its bounds; false when there is none. */
    static boolean fill(List<OrderFigures> result, int i, Buckets buckets, List<Object[]> stored) {
        for (Object[] r : stored) {
            if (((Date) r[0]).getTime() == buckets.lo(i).getTime() && ((Date) r[1]).getTime() == buckets.hi(i).getTime()) {
                result.set(i, new OrderFigures(num(r[2]), num(r[3]), num(r[4]), num(r[5]), money(r[6])));
                return true;
            }
        }
        return false;
    }
}
