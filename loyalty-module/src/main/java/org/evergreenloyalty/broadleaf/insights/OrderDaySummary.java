package org.evergreenloyalty.broadleaf.insights;

import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.ORDERS;
import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.PLACED;
import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.REVENUE;
import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.money;
import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.num;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.insights.Buckets;
import org.evergreenloyalty.insights.CustomerSegment;
import org.evergreenloyalty.insights.DayFolder;
import org.evergreenloyalty.insights.OrderFigures;
import org.evergreenloyalty.insights.OrderTotal;
import org.evergreenloyalty.insights.SqlTime;
import org.evergreenloyalty.insights.ZonedDaySummary;

/**
 * The per-day order summaries on Broadleaf 3.1's orders: placed orders and net revenue per day, with the orders that
 * used a birthday code ({@code EVG_INS_ORDER_DAY}) and per customer and day with the previous and next day and running totals
 * ({@link org.evergreenloyalty.insights.SummaryTable#EVG_INS_CUST_DAY}); folded by the {@code insights-summary} job, re-folded over
 * {@code refoldDays} (cancellations and returns), rebuilt when the days before that no longer count every placed order
 * and its revenue. {@link #figures} reads a segment's figures of a range of whole summary days from each customer's
 * first and last day in it, plus the orders after the fold live. Set-based statements in the caller's transaction.
 */
public class OrderDaySummary extends ZonedDaySummary {

    /** The start of the summary's name in {@code EVG_INS_SUMMARY}, followed by the zone's id. */
    public static final String NAME = "ord@";
    static final String NO_DAY = "timestamp '1900-01-01 00:00:00'";
    static final String NO_NEXT = "timestamp '9999-12-31 00:00:00'";
    /** Joins {@code bz.USED_ORDER_ID}, not null for an order that used a birthday code. */
    static final String BIRTHDAY_CODES = " left join (select distinct bz0.USED_ORDER_ID as USED_ORDER_ID from EVG_BIRTHDAY_REWARD bz0 "
            + "where bz0.USED_ORDER_ID is not null) bz on bz.USED_ORDER_ID = o.ORDER_ID";
    private static final String CODE_ORDERS = "coalesce(sum(case when bz.USED_ORDER_ID is not null then 1 else 0 end), 0) as BN, "
            + "coalesce(sum(case when bz.USED_ORDER_ID is not null then " + REVENUE + " else 0 end), 0) as BREV";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** {@code timeZone}: the reporting zone ({@code evergreen.insights.timeZone}, blank for the JVM's). */
    public OrderDaySummary(int refoldDays, String timeZone) {
        super(NAME, refoldDays, timeZone);
    }

    @Override
    public Date firstSourceAt() {
        Object r = em.createNativeQuery("select min(o.SUBMIT_DATE) from BLC_ORDER o where " + PLACED).getSingleResult();
        return r == null ? null : new Date(((Date) r).getTime());
    }

    @Override
    public Date nextSourceAt(Date at) {
        Object r = em.createNativeQuery("select min(o.SUBMIT_DATE) from BLC_ORDER o where " + PLACED + " and o.SUBMIT_DATE >= "
                + SqlTime.literal(at)).getSingleResult();
        return r == null ? null : new Date(((Date) r).getTime());
    }

    @Override
    public boolean complete(Date before) {
        String b = SqlTime.literal(before);
        Object[] raw = (Object[]) em.createNativeQuery("select count(*) as N, coalesce(sum(" + REVENUE + "), 0) as REV, " + CODE_ORDERS
                + " from " + ORDERS + BIRTHDAY_CODES + " where " + PLACED + " and o.SUBMIT_DATE < " + b).getSingleResult();
        Object[] stored = (Object[]) em.createNativeQuery("select coalesce(sum(d.ORDERS), 0) as N, coalesce(sum(d.REVENUE), 0) as REV, "
                + "coalesce(sum(d.BDAY_ORDERS), 0) as BN, coalesce(sum(d.BDAY_REVENUE), 0) as BREV from EVG_INS_ORDER_DAY d where d.DAY_AT < "
                + b).getSingleResult();
        Object[] customers = (Object[]) em.createNativeQuery("select coalesce(sum(c.ORDERS), 0) as N, coalesce(sum(c.REVENUE), 0) as REV "
                + "from EVG_INS_CUST_DAY c where c.DAY_AT < " + b).getSingleResult();
        return num(raw[0]) == num(stored[0]) && money(raw[1]).compareTo(money(stored[1])) == 0
                && num(raw[2]) == num(stored[2]) && money(raw[3]).compareTo(money(stored[3])) == 0
                && num(raw[0]) == num(customers[0]) && money(raw[1]).compareTo(money(customers[1])) == 0;
    }

    @Override
    public void clearAll() {
        Rows.execute(em, "delete from EVG_INS_ORDER_DAY");
        Rows.execute(em, "delete from EVG_INS_CUST_DAY");
    }

    @Override
    public void fold(Buckets days) {
        String lo = SqlTime.literal(days.start());
        String hi = SqlTime.literal(days.end());
        String rows = ORDERS + " join " + days.valuesTable("b") + " on o.SUBMIT_DATE >= b.LO and o.SUBMIT_DATE < b.HI where " + PLACED
                + " and o.SUBMIT_DATE >= " + lo + " and o.SUBMIT_DATE < " + hi;
        Rows.execute(em, "delete from EVG_INS_ORDER_DAY where DAY_AT >= " + lo);
        Rows.execute(em, "delete from EVG_INS_CUST_DAY where DAY_AT >= " + lo);
        Rows.execute(em, "update EVG_INS_CUST_DAY set NEXT_AT = " + NO_NEXT + " where NEXT_AT >= " + lo + " and NEXT_AT < "
                + NO_NEXT);
        Rows.execute(em, "insert into EVG_INS_ORDER_DAY (DAY_AT, ORDERS, REVENUE, BDAY_ORDERS, BDAY_REVENUE) select b.LO, count(*), sum("
                + REVENUE + "), " + CODE_ORDERS.replace(" as BN", "").replace(" as BREV", "") + " from " + ORDERS + BIRTHDAY_CODES + " join "
                + days.valuesTable("b") + " on o.SUBMIT_DATE >= b.LO and o.SUBMIT_DATE < b.HI where " + PLACED + " and o.SUBMIT_DATE >= " + lo
                + " and o.SUBMIT_DATE < " + hi + " group by b.LO");
        String self = "EVG_INS_CUST_DAY";
        String page = "select o.CUSTOMER_ID as CUSTOMER_ID, b.LO as D, count(*) as N, sum(" + REVENUE + ") as REV from " + rows
                + " and o.CUSTOMER_ID is not null group by o.CUSTOMER_ID, b.LO";
        String next = "update " + self + " set NEXT_AT = coalesce((select min(n.DAY_AT) from EVG_INS_CUST_DAY n where n.CUSTOMER_ID = "
                + self + ".CUSTOMER_ID and n.DAY_AT > " + self + ".DAY_AT), " + NO_NEXT + ") where ";
        if (DayFolder.windowFunctions(em)) {
            String last = "(select %s from EVG_INS_CUST_DAY p where p.CUSTOMER_ID = x.CUSTOMER_ID order by p.DAY_AT desc limit 1)";
            Rows.execute(em, "insert into EVG_INS_CUST_DAY (CUSTOMER_ID, DAY_AT, ORDERS, REVENUE, PREV_AT, NEXT_AT, CUM_ORDERS, "
                    + "CUM_REVENUE) select x.CUSTOMER_ID, x.D, x.N, x.REV, coalesce(lag(x.D) over w, " + String.format(last, "p.DAY_AT")
                    + ", " + NO_DAY + "), coalesce(lead(x.D) over w, " + NO_NEXT + "), sum(x.N) over w + coalesce("
                    + String.format(last, "p.CUM_ORDERS") + ", 0), sum(x.REV) over w + coalesce(" + String.format(last, "p.CUM_REVENUE")
                    + ", 0) from (" + page + ") x window w as (partition by x.CUSTOMER_ID order by x.D)");
        } else {
            Rows.execute(em, "insert into EVG_INS_CUST_DAY (CUSTOMER_ID, DAY_AT, ORDERS, REVENUE, PREV_AT, NEXT_AT, CUM_ORDERS, "
                    + "CUM_REVENUE) select x.CUSTOMER_ID, x.D, x.N, x.REV, " + NO_DAY + ", " + NO_NEXT + ", 0, 0 from (" + page + ") x");
            Rows.execute(em, "update " + self + " set PREV_AT = coalesce((select max(p.DAY_AT) from EVG_INS_CUST_DAY p where "
                    + "p.CUSTOMER_ID = " + self + ".CUSTOMER_ID and p.DAY_AT < " + self + ".DAY_AT), " + NO_DAY + "), "
                    + "CUM_ORDERS = (select sum(p.ORDERS) from EVG_INS_CUST_DAY p where p.CUSTOMER_ID = " + self + ".CUSTOMER_ID and "
                    + "p.DAY_AT <= " + self + ".DAY_AT), CUM_REVENUE = (select sum(p.REVENUE) from EVG_INS_CUST_DAY p where "
                    + "p.CUSTOMER_ID = " + self + ".CUSTOMER_ID and p.DAY_AT <= " + self + ".DAY_AT) where DAY_AT >= " + lo);
            Rows.execute(em, next + "DAY_AT >= " + lo);
        }
        // the next day of each customer's last row before the page
        Rows.execute(em, next + "DAY_AT < " + lo + " and (CUSTOMER_ID, DAY_AT) in (select n.CUSTOMER_ID, n.PREV_AT from "
                + "EVG_INS_CUST_DAY n where n.DAY_AT >= " + lo + ")");
    }

    /**
     * The orders and revenue of the stored {@code days} (whole days) of the customers referred at {@code asOf}: driven
     * by the referrals (few customers), their days through the primary key.
     */
    OrderTotal referredOrders(Buckets days, Date asOf) {
        Object[] r = (Object[]) em.createNativeQuery("select coalesce(sum(c.ORDERS), 0) as N, coalesce(sum(c.REVENUE), 0) as REV from "
                + "EVG_INS_CUST_DAY c" + segmentJoin(CustomerSegment.REFERRED, asOf)[0] + " where c.DAY_AT >= "
                + SqlTime.literal(days.start()) + " and c.DAY_AT < " + SqlTime.literal(days.end())).getSingleResult();
        return new OrderTotal(num(r[0]), money(r[1]));
    }

    /** The birthday-code orders of the stored {@code days} (whole days), and their revenue. */
    OrderTotal codeOrders(Buckets days) {
        Object[] r = (Object[]) em.createNativeQuery("select coalesce(sum(d.BDAY_ORDERS), 0) as BN, coalesce(sum(d.BDAY_REVENUE), 0) as BREV "
                + "from EVG_INS_ORDER_DAY d where d.DAY_AT >= " + SqlTime.literal(days.start()) + " and d.DAY_AT < "
                + SqlTime.literal(days.end())).getSingleResult();
        return new OrderTotal(num(r[0]), money(r[1]));
    }

    /** Placed orders in the stored {@code days} plus those in [days' end, to) live. */
    long placedOrders(Buckets days, Date to) {
        long stored = num(em.createNativeQuery("select coalesce(sum(d.ORDERS), 0) from EVG_INS_ORDER_DAY d where d.DAY_AT >= "
                + SqlTime.literal(days.start()) + " and d.DAY_AT < " + SqlTime.literal(days.end())).getSingleResult());
        return stored + (days.end().before(to) ? num(em.createNativeQuery("select count(*) from BLC_ORDER o where " + PLACED
                + " and o.SUBMIT_DATE >= " + SqlTime.literal(days.end()) + " and o.SUBMIT_DATE < " + SqlTime.literal(to))
                .getSingleResult()) : 0);
    }

    /**
     * The figures of {@code segment} (not {@link CustomerSegment#BIRTHDAY_CODE}) in [from, to) and of everybody else,
     * {@code days} the stored whole days from {@code from} on: each customer's first day in them gives the customers,
     * new customers (no earlier day at all), repeat customers (two orders that day or a next day in them) and the
     * running totals before the range, each customer's last day the running totals at its end; the orders after the
     * stored days are read live and merged per customer with the customer's first stored day. One pass for both sides:
     * the segment is a left join ({@link #segmentJoin}).
     */
    OrderFigures[] figures(Date from, Date to, CustomerSegment segment, Buckets days) {
        String f = SqlTime.literal(from);
        String s = SqlTime.literal(days.end());
        String[] seg = segmentJoin(segment, to);
        String[] firstCols = {"1", "case when c.PREV_AT = " + NO_DAY + " then 1 else 0 end",
            "case when c.ORDERS >= 2 or c.NEXT_AT < " + s + " then 1 else 0 end", "c.CUM_ORDERS - c.ORDERS", "c.CUM_REVENUE - c.REVENUE"};
        // one pass over the days: each customer's first day in them and its last day in them (a day may be both)
        String isFirst = "c.PREV_AT < " + f;
        String isLast = "c.NEXT_AT >= " + s;
        String[] cols = new String[firstCols.length + 2];
        for (int i = 0; i < firstCols.length; i++) {
            cols[i] = "case when " + isFirst + " then " + firstCols[i] + " else 0 end";
        }
        cols[firstCols.length] = "case when " + isLast + " then c.CUM_ORDERS else 0 end";
        cols[firstCols.length + 1] = "case when " + isLast + " then c.CUM_REVENUE else 0 end";
        Object[] first = (Object[]) em.createNativeQuery("select " + sums(cols, seg[1]) + " from EVG_INS_CUST_DAY c" + seg[0]
                + " where c.DAY_AT in " + days.startsList() + " and (" + isFirst + " or " + isLast + ")").getSingleResult();
        Object[] last = java.util.Arrays.copyOfRange(first, 2 * firstCols.length, first.length);
        // per side: orders, revenue, customers, newcomers, repeaters
        Object[][] sides = new Object[2][];
        for (int side = 0; side < 2; side++) {
            sides[side] = new Object[] {num(last[side]) - num(first[6 + side]), exact(last[2 + side]).subtract(exact(first[8 + side])),
                num(first[side]), num(first[2 + side]), num(first[4 + side])};
        }
        if (days.end().before(to)) {
            String[] tailCols = {"c.N", "c.REV", "case when x.CUSTOMER_ID is null then 1 else 0 end",
                "case when x.CUSTOMER_ID is null and not exists (select 1 from EVG_INS_CUST_DAY p where p.CUSTOMER_ID = c.CUSTOMER_ID "
                + "and p.DAY_AT < " + f + ") then 1 else 0 end",
                "case when x.CUSTOMER_ID is null and c.N >= 2 then 1 when x.CUSTOMER_ID is not null and x.ORDERS = 1 and x.NEXT_AT >= "
                + s + " then 1 else 0 end"};
            Object[] tail = (Object[]) em.createNativeQuery("select " + sums(tailCols, seg[1]) + " from (select o.CUSTOMER_ID, "
                    + "count(*) as N, sum(" + REVENUE + ") as REV from " + ORDERS + " where " + PLACED + " and o.SUBMIT_DATE >= " + s
                    + " and o.SUBMIT_DATE < " + SqlTime.literal(to) + " group by o.CUSTOMER_ID) c" + seg[0]
                    + " left join EVG_INS_CUST_DAY x on x.CUSTOMER_ID = c.CUSTOMER_ID and x.DAY_AT >= " + f + " and x.DAY_AT < " + s
                    + " and x.PREV_AT < " + f).getSingleResult();
            for (int side = 0; side < 2; side++) {
                sides[side][0] = (Long) sides[side][0] + num(tail[side]);
                sides[side][1] = ((BigDecimal) sides[side][1]).add(exact(tail[2 + side]));
                for (int k = 2; k < 5; k++) {
                    sides[side][k] = (Long) sides[side][k] + num(tail[2 * k + side]);
                }
            }
        }
        OrderFigures[] result = new OrderFigures[2];
        for (int side = 0; side < 2; side++) {
            result[side] = new OrderFigures((Long) sides[side][0], (Long) sides[side][2], (Long) sides[side][3], (Long) sides[side][4],
                    ((BigDecimal) sides[side][1]).setScale(2, java.math.RoundingMode.HALF_UP));
        }
        return result;
    }

    /**
     * The cohort cells of the stored {@code days} (whole days from the first of {@code months} on, each month starting a
     * day): per first-order month (the month of a customer's first day, {@code PREV_AT} none) and order month, the
     * customers with a day in that month, each counted on its first day of the month ({@code PREV_AT} before the
     * month), so no distinct count is needed; days map to months by equality on a day table. (The first-of-month test is a
     * sum, not a join condition: PostgreSQL misjudges its selectivity and would start from the order days.)
     */
    @SuppressWarnings("unchecked")
    java.util.List<Object[]> cohortCells(Buckets months, Buckets days) {
        String s = SqlTime.literal(days.start());
        String e = SqlTime.literal(days.end());
        return em.createNativeQuery("select fm.IDX as COHORT, om.IDX as MONTH_IDX, sum(case when c.PREV_AT < om.LO then 1 else 0 end) as "
                + "CUSTOMERS from EVG_INS_CUST_DAY f join "
                + months.dayIndexTable("fm", days) + " on fm.D = f.DAY_AT join EVG_INS_CUST_DAY c on c.CUSTOMER_ID = f.CUSTOMER_ID and "
                + "c.DAY_AT >= " + s + " and c.DAY_AT < " + e + " join " + months.dayIndexTable("om", days) + " on om.D = c.DAY_AT "
                + "where f.PREV_AT = " + NO_DAY + " and f.DAY_AT >= " + s + " and f.DAY_AT < " + e
                + " group by fm.IDX, om.IDX").getResultList();
    }

    /**
     * For each expression the sum over the rows in the segment, then over the others ({@code in}: the segment's
     * condition), as adjacent columns: {@code sum(in e1), sum(out e1), sum(in e2), ...}.
     */
    private static String sums(String[] expressions, String in) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < expressions.length; i++) {
            String e = expressions[i];
            sql.append(i == 0 ? "" : ", ").append("coalesce(sum(case when ").append(in).append(" then ").append(e)
                    .append(" else 0 end), 0) as IN").append(i).append(", coalesce(sum(case when ").append(in).append(" then 0 else ")
                    .append(e).append(" end), 0) as OUT").append(i);
        }
        return sql.toString();
    }

    /**
     * The left join that tells a customer ({@code c.CUSTOMER_ID}) of {@code segment} at {@code asOf}, and the condition
     * true for them: a points account opened before it (members); for referred customers (a referral made before it and
     * not rejected; a customer is the friend of one referral at most) an inner join, so only their side is computed.
     */
    private static String[] segmentJoin(CustomerSegment segment, Date asOf) {
        String at = SqlTime.literal(asOf);
        switch (segment) {
            case MEMBERS:
            case NON_MEMBERS:
                return new String[] {" left join EVG_LOYALTY_ACCOUNT sa on sa.CUSTOMER_ID = c.CUSTOMER_ID and sa.CREATED_AT < " + at,
                    segment == CustomerSegment.MEMBERS ? "sa.CUSTOMER_ID is not null" : "sa.CUSTOMER_ID is null"};
            case REFERRED:
                // few customers are referred: an inner join lets the database start from the referrals (the other side
                // is then empty, and not asked for)
                return new String[] {" join EVG_REFERRAL sr on sr.FRIEND_ID = c.CUSTOMER_ID and sr.CREATED_AT < " + at
                    + " and sr.STATUS <> 'REJECTED'", "1 = 1"};
            case ALL:
                return new String[] {"", "1 = 1"};
            default:
                throw new IllegalArgumentException("no day summary for " + segment);
        }
    }

    /** A sum as read, unrounded (running totals are subtracted before the figure is rounded to cents). */
    private static BigDecimal exact(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal ? (BigDecimal) o : new BigDecimal(o.toString());
    }
}
