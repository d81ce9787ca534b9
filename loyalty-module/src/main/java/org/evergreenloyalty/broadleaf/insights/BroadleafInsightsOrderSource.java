package org.evergreenloyalty.broadleaf.insights;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.insights.BeforeAfter;
import org.evergreenloyalty.insights.Buckets;
import org.evergreenloyalty.insights.CustomerSegment;
import org.evergreenloyalty.insights.DayFolder;
import org.evergreenloyalty.insights.DaySummary;
import org.evergreenloyalty.insights.InsightsOrderSource;
import org.evergreenloyalty.insights.OrderFigures;
import org.evergreenloyalty.insights.OrderTotal;
import org.evergreenloyalty.insights.SqlTime;
import org.evergreenloyalty.insights.SummaryRepository;

/**
 * The reports' aggregates over Broadleaf 3.1's orders ({@code BLC_ORDER}): placed means {@code ORDER_STATUS}
 * SUBMITTED (a cancelled order is CANCELLED and counts nowhere), its time is {@code SUBMIT_DATE}, its revenue
 * {@code ORDER_TOTAL} less what the module recorded as returned ({@code EVG_ORDER_POINTS.RETURNED_AMOUNT}).
 * Each method is one set-based statement; runs in the caller's transaction.
 * <p>
 * With the order summaries folded ({@code EVG_INS_CUSTOMER}, {@code EVG_INS_ORDER_BUCKET}, up to the {@code orders}
 * row of {@code EVG_INS_SUMMARY}): "no placed order before" reads the customers' first orders plus the orders
 * placed since the fold, completed months and quarters of the retention table come from their stored figures, and
 * cohorts take their first orders from the summary; the rest is read live, so the figures equal the raw ones.
 * Without them (fresh install, cleared) everything is read from the orders.
 */
public class BroadleafInsightsOrderSource implements InsightsOrderSource {

    static final String PLACED = "o.ORDER_STATUS = 'SUBMITTED' and o.SUBMIT_DATE is not null";
    static final String REVENUE = "(o.ORDER_TOTAL - coalesce(p.RETURNED_AMOUNT, 0))";
    static final String ORDERS = "BLC_ORDER o left join EVG_ORDER_POINTS p on p.ORDER_ID = o.ORDER_ID";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final SummaryRepository summaries;

    /** Without summaries: every figure from the orders. */
    public BroadleafInsightsOrderSource() {
        this(null);
    }

    /** Reading (and folding) the order summaries that {@code summaries} says how far are folded. */
    public BroadleafInsightsOrderSource(SummaryRepository summaries) {
        this.summaries = summaries;
    }

    private OrderDaySummary days;

    private JoinerDaySummary joiners;

    /** Reads the before/after-joining estimate of whole joining days from {@code EVG_INS_JOINER_DAY} as far as folded. */
    public void setJoiners(JoinerDaySummary joiners) {
        this.joiners = joiners;
    }

    /** Reads figures of whole days from the per-day order summaries ({@code EVG_INS_CUST_DAY}, {@code EVG_INS_ORDER_DAY}). */
    public void setDays(OrderDaySummary days) {
        this.days = days;
    }

    @Override
    public List<DaySummary> daySummaries() {
        List<DaySummary> list = new ArrayList<DaySummary>();
        // the joiners first: their completeness check reads the order summary as the last fold left it
        if (joiners != null) {
            list.add(joiners);
        }
        if (days != null) {
            list.add(days);
        }
        return list;
    }

    /** The stored whole days of [from, to), or null (no day summary, not folded, or not whole days of its zone). */
    private Buckets storedDays(Date from, Date to) {
        return days == null || summaries == null ? null
                : DayFolder.foldedDays(from, to, summaries.foldedTo(days.name()), days.zone());
    }

    private Date foldedTo() {
        return summaries == null ? null : summaries.foldedTo(SummaryRepository.ORDERS);
    }

    @Override
    public OrderFigures figures(Date from, Date to, CustomerSegment segment) {
        Buckets stored = segment == CustomerSegment.BIRTHDAY_CODE ? null : storedDays(from, to);
        return stored != null ? days.figures(from, to, segment, stored)[0] : rawFigures(from, to, segment);
    }

    @Override
    public OrderTotal referredOrders(Date from, Date to) {
        return storedAndLive(from, to, CustomerSegment.REFERRED, stored -> days.referredOrders(stored, to));
    }

    @Override
    public OrderTotal birthdayCodeOrders(Date from, Date to) {
        return storedAndLive(from, to, CustomerSegment.BIRTHDAY_CODE, days::codeOrders);
    }

    /**
     * The orders and revenue of {@code segment} in [from, to): of the stored whole days from {@code stored}, of the
     * rest (the days after the fold, or everything without stored days) from the orders.
     */
    private OrderTotal storedAndLive(Date from, Date to, CustomerSegment segment, java.util.function.Function<Buckets, OrderTotal> stored) {
        Buckets whole = storedDays(from, to);
        OrderTotal sums = whole == null ? OrderTotal.NONE : stored.apply(whole);
        Date live = whole == null ? from : whole.end();
        if (!live.before(to)) {
            return sums;
        }
        Object[] r = (Object[]) em.createNativeQuery("select count(*) as N, coalesce(sum(" + REVENUE + "), 0) as REV from " + ORDERS
                + " where " + PLACED + " and o.SUBMIT_DATE >= " + SqlTime.literal(live) + " and o.SUBMIT_DATE < " + SqlTime.literal(to)
                + segment.sqlCondition("o", to)).getSingleResult();
        return sums.plus(new OrderTotal(num(r[0]), money(r[1])));
    }

    @Override
    public OrderFigures[] membersAndOthers(Date from, Date to) {
        Buckets stored = storedDays(from, to);
        return stored != null ? days.figures(from, to, CustomerSegment.MEMBERS, stored)
                : new OrderFigures[] {rawFigures(from, to, CustomerSegment.MEMBERS), rawFigures(from, to, CustomerSegment.NON_MEMBERS)};
    }

    private OrderFigures rawFigures(Date from, Date to, CustomerSegment segment) {
        String f = SqlTime.literal(from);
        Date folded = foldedTo();
        Object[] r = (Object[]) em.createNativeQuery("select count(*) as CUSTOMERS, coalesce(sum(c.N), 0) as ORDERS, coalesce(sum(c.REV), 0) as REVENUE, "
                + "coalesce(sum(case when c.N >= 2 then 1 else 0 end), 0) as REPEATERS, "
                + "coalesce(sum(case when " + noOrderBefore("c.CUSTOMER_ID", f, folded, folded != null && from.after(folded))
                + " then 1 else 0 end), 0) as NEWCOMERS "
                + "from (select o.CUSTOMER_ID, count(*) as N, sum(" + REVENUE + ") as REV from " + ORDERS
                + " where " + PLACED + " and o.SUBMIT_DATE >= " + f + " and o.SUBMIT_DATE < " + SqlTime.literal(to)
                + segment.sqlCondition("o", to) + " group by o.CUSTOMER_ID) c").getSingleResult();
        return new OrderFigures(num(r[1]), num(r[0]), num(r[4]), num(r[3]), money(r[2]));
    }

    @Override
    public List<OrderFigures> figuresByBucket(Buckets buckets) {
        List<OrderFigures> result = new ArrayList<OrderFigures>();
        List<Integer> live = new ArrayList<Integer>();
        Date folded = foldedTo();
        List<Object[]> stored = folded == null || buckets.getGranularity() == null ? new ArrayList<Object[]>()
                : OrderSummaryFold.stored(em, buckets, folded);
        for (int i = 0; i < buckets.size(); i++) {
            result.add(OrderFigures.NONE);
            if (!OrderSummaryFold.fill(result, i, buckets, stored)) {
                Buckets whole = storedDays(buckets.lo(i), buckets.hi(i));
                if (whole != null) {
                    result.set(i, days.figures(buckets.lo(i), buckets.hi(i), CustomerSegment.ALL, whole)[0]);
                } else {
                    live.add(i);
                }
            }
        }
        if (live.isEmpty()) {
            return result;
        }
        Date start = buckets.lo(live.get(0));
        Date end = buckets.hi(live.get(live.size() - 1));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.IDX as IDX, count(*) as CUSTOMERS, sum(c.N) as ORDERS, sum(c.REV) as REVENUE, "
                + "sum(case when c.N >= 2 then 1 else 0 end) as REPEATERS, "
                + "sum(case when " + noOrderBefore("c.CUSTOMER_ID", "c.LO", folded, folded != null && buckets.lo(live.get(live.size() - 1)).after(folded))
                + " then 1 else 0 end) as NEWCOMERS "
                + "from (select b.IDX, b.LO, o.CUSTOMER_ID, count(*) as N, sum(" + REVENUE + ") as REV from " + ORDERS
                + " join " + buckets.valuesTable("b", live) + " on o.SUBMIT_DATE >= b.LO and o.SUBMIT_DATE < b.HI where " + PLACED
                + " and o.SUBMIT_DATE >= " + SqlTime.literal(start) + " and o.SUBMIT_DATE < "
                + SqlTime.literal(end) + " group by b.IDX, b.LO, o.CUSTOMER_ID) c group by c.IDX").getResultList();
        for (Object[] r : rows) {
            result.set((int) num(r[0]), new OrderFigures(num(r[2]), num(r[1]), num(r[5]), num(r[4]), money(r[3])));
        }
        return result;
    }

    @Override
    public long[][] cohorts(Buckets months) {
        int n = months.size();
        long[][] counts = new long[n][n];
        String e = SqlTime.literal(months.end());
        Buckets stored = storedDays(months.start(), months.end());
        for (int i = 0; stored != null && i < n; i++) {
            // a month of another zone may start inside a stored day: read its orders
            stored = DayFolder.dayStart(months.lo(i), days.zone()) ? stored : null;
        }
        // the order days up to the day fold from the stored days (each customer counted on its first day of a month),
        // the orders since then live, counting a customer in a month only when no stored day of it counted already
        if (stored != null) {
            add(counts, days.cohortCells(months, stored));
        }
        if (stored != null && !stored.end().before(months.end())) {
            return counts;
        }
        String split = SqlTime.literal(stored == null ? months.start() : stored.end());
        String live = "select f.CUSTOMER_ID as C, f.FIRST_AT as FIRST_AT, o.SUBMIT_DATE as OAT from ("
                + firstOrdersIn(months.start(), months.end(), foldedTo()) + ") f join BLC_ORDER o on o.CUSTOMER_ID = f.CUSTOMER_ID and "
                + PLACED + " and o.SUBMIT_DATE >= " + split + " and o.SUBMIT_DATE < " + e;
        String notCounted = stored == null ? "" : " where not exists (select 1 from EVG_INS_CUST_DAY p where p.CUSTOMER_ID = x.C "
                + "and p.DAY_AT >= mb.LO and p.DAY_AT < " + split + ")";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fb.IDX as COHORT, mb.IDX as MONTH_IDX, count(distinct x.C) as CUSTOMERS from ("
                + live + ") x join " + months.valuesTable("fb") + " on x.FIRST_AT >= fb.LO and x.FIRST_AT < fb.HI join "
                + months.valuesTable("mb") + " on x.OAT >= mb.LO and x.OAT < mb.HI" + notCounted + " group by fb.IDX, mb.IDX").getResultList();
        add(counts, rows);
        return counts;
    }

    /** Adds rows of (cohort index, month index, customers) to the cohort table (month index from the cohort's). */
    private static void add(long[][] counts, List<Object[]> rows) {
        for (Object[] r : rows) {
            int c = (int) num(r[0]);
            int m = (int) num(r[1]);
            if (m >= c) {
                counts[c][m - c] += num(r[2]);
            }
        }
    }

    @Override
    public BeforeAfter membersAroundJoining(Date joinedFrom, Date joinedTo, int windowDays) {
        Buckets stored = joiners == null || summaries == null || !JoinerDaySummary.storedWindow(windowDays) ? null
                : DayFolder.foldedDays(joinedFrom, joinedTo, summaries.foldedTo(joiners.name()), joiners.zone());
        BeforeAfter sums = stored == null ? BeforeAfter.NONE : joiners.stored(stored);
        Date live = stored == null ? joinedFrom : stored.end();
        return live.before(joinedTo) ? sums.plus(beforeAfter(JoinerDaySummary.perMember("0", "", live, joinedTo, windowDays))) : sums;
    }

    @Override
    public BeforeAfter nonMembersAround(Date reference, int windowDays) {
        long day = 24L * 60 * 60 * 1000;
        String ref = SqlTime.literal(reference);
        Date end = new Date(reference.getTime() + windowDays * day);
        return beforeAfter("select o.CUSTOMER_ID, " + sides(SqlTime.literal(new Date(reference.getTime() - day)), ref)
                + " from " + ORDERS + " where " + PLACED + " and o.SUBMIT_DATE >= "
                + SqlTime.literal(new Date(reference.getTime() - windowDays * day)) + " and o.SUBMIT_DATE < "
                + SqlTime.literal(end) + CustomerSegment.NON_MEMBERS.sqlCondition("o", end)
                + " group by o.CUSTOMER_ID");
    }

    @Override
    public long placedOrders(Date from, Date to) {
        Buckets stored = storedDays(from, to);
        if (stored != null) {
            return days.placedOrders(stored, to);
        }
        return num(em.createNativeQuery("select count(*) from BLC_ORDER o where " + PLACED + " and o.SUBMIT_DATE >= "
                + SqlTime.literal(from) + " and o.SUBMIT_DATE < " + SqlTime.literal(to)).getSingleResult());
    }

    @Override
    public Date firstPlacedOrderAt(Date notBefore) {
        Object r = em.createNativeQuery("select min(o.SUBMIT_DATE) from BLC_ORDER o where " + PLACED
                + (notBefore == null ? "" : " and o.SUBMIT_DATE >= " + SqlTime.literal(notBefore))).getSingleResult();
        return r == null ? null : new Date(((Date) r).getTime());
    }

    @Override
    public boolean orderSummaryComplete(Date before) {
        return OrderSummaryFold.complete(em, before);
    }

    @Override
    public void foldOrders(Date from, Date to, List<Buckets> complete, boolean scratch) {
        OrderSummaryFold.fold(em, from, to, complete, scratch);
    }

    /**
     * {@code CUSTOMER_ID, FIRST_AT} of the customers whose first placed order ever is in [from, to): from the
     * summary before {@code folded} and from the orders since (customers without a summary row), else from all orders.
     */
    private static String firstOrdersIn(Date from, Date to, Date folded) {
        String s = SqlTime.literal(from);
        String e = SqlTime.literal(to);
        if (folded == null) {
            return "select o.CUSTOMER_ID, min(o.SUBMIT_DATE) as FIRST_AT from BLC_ORDER o where " + PLACED
                    + " group by o.CUSTOMER_ID having min(o.SUBMIT_DATE) >= " + s + " and min(o.SUBMIT_DATE) < " + e;
        }
        String w = SqlTime.literal(folded);
        String summed = "select sc.CUSTOMER_ID, sc.FIRST_ORDER_AT as FIRST_AT from EVG_INS_CUSTOMER sc where sc.FIRST_ORDER_AT >= "
                + s + " and sc.FIRST_ORDER_AT < " + (folded.before(to) ? w : e);
        if (!folded.before(to)) {
            return summed;
        }
        return summed + " union all select o.CUSTOMER_ID, min(o.SUBMIT_DATE) as FIRST_AT from BLC_ORDER o where " + PLACED
                + " and o.SUBMIT_DATE >= " + w + " and o.SUBMIT_DATE < " + e + " and not exists (select 1 from EVG_INS_CUSTOMER s2 "
                + "where s2.CUSTOMER_ID = o.CUSTOMER_ID) group by o.CUSTOMER_ID having min(o.SUBMIT_DATE) >= " + s;
    }

    /** Orders and revenue before {@code beforeTo} and from {@code afterFrom} (the rows are already in the windows). */
    static String sides(String beforeTo, String afterFrom) {
        String before = "o.SUBMIT_DATE < " + beforeTo;
        String after = "o.SUBMIT_DATE >= " + afterFrom;
        return "sum(case when " + before + " then 1 else 0 end) as B, sum(case when " + after + " then 1 else 0 end) as A, "
                + "sum(case when " + before + " then " + REVENUE + " else 0 end) as RB, "
                + "sum(case when " + after + " then " + REVENUE + " else 0 end) as RA";
    }

    /** Sums the per-customer sides of {@code perCustomer}, keeping the customers with an order before. */
    private BeforeAfter beforeAfter(String perCustomer) {
        Object[] r = (Object[]) em.createNativeQuery("select count(*) as CUSTOMERS, coalesce(sum(x.B), 0) as OB, coalesce(sum(x.A), 0) as OA, "
                + "coalesce(sum(x.RB), 0) as RB, coalesce(sum(x.RA), 0) as RA from (" + perCustomer + ") x where x.B > 0")
                .getSingleResult();
        return new BeforeAfter(num(r[0]), num(r[1]), num(r[2]), money(r[3]), money(r[4]));
    }

    /**
     * True when the customer in {@code customerColumn} placed no order before {@code at} (an SQL expression): with the
     * summary folded to {@code folded}, no first order before {@code at} in it and (only when {@code at} may lie after
     * the fold) no order since the fold before {@code at}; else no order before {@code at} at all.
     */
    private static String noOrderBefore(String customerColumn, String at, Date folded, boolean atMayBeAfterFold) {
        if (folded == null) {
            return noOrderBefore(customerColumn, at);
        }
        String summed = "not exists (select 1 from EVG_INS_CUSTOMER s1 where s1.CUSTOMER_ID = " + customerColumn
                + " and s1.FIRST_ORDER_AT < " + at + ")";
        return !atMayBeAfterFold ? summed : summed + " and not exists (select 1 from BLC_ORDER o2 where o2.CUSTOMER_ID = "
                + customerColumn + " and o2.ORDER_STATUS = 'SUBMITTED' and o2.SUBMIT_DATE >= " + SqlTime.literal(folded)
                + " and o2.SUBMIT_DATE < " + at + ")";
    }

    private static String noOrderBefore(String customerColumn, String at) {
        return "not exists (select 1 from BLC_ORDER o2 where o2.CUSTOMER_ID = " + customerColumn
                + " and o2.ORDER_STATUS = 'SUBMITTED' and o2.SUBMIT_DATE < " + at + ")";
    }

    static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    static BigDecimal money(Object o) {
        if (o == null) {
            return BigDecimal.ZERO;
        }
        return (o instanceof BigDecimal ? (BigDecimal) o : new BigDecimal(o.toString())).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
