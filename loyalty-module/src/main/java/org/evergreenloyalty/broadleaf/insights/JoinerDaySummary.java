package org.evergreenloyalty.broadleaf.insights;

import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.PLACED;
import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.money;
import static org.evergreenloyalty.broadleaf.insights.BroadleafInsightsOrderSource.num;

import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.insights.BeforeAfter;
import org.evergreenloyalty.insights.Buckets;
import org.evergreenloyalty.insights.DefaultInsightsService;
import org.evergreenloyalty.insights.SqlTime;
import org.evergreenloyalty.insights.ZonedDaySummary;

/**
 * The before/after-joining estimate per joining day on Broadleaf 3.1's orders ({@link org.evergreenloyalty.insights.SummaryTable#EVG_INS_JOINER_DAY}):
 * a day is folded once {@value DefaultInsightsService#WINDOW_DAYS} days and one more have passed after
 * it (its members' windows are over), with the statement the live figure runs, grouped by joining day. Re-folded over
 * {@code refoldDays}; its days are as exact as the order summary's: before each fold it checks that the order summary
 * ({@link OrderDaySummary#complete}) still holds every order up to the end of the checked days' windows, so an order
 * cancelled or returned long after rebuilds it. Folded before the order summary for that reason. Set-based statements
 * in the caller's transaction.
 */
public class JoinerDaySummary extends ZonedDaySummary {

    /** The start of the summary's name in {@code EVG_INS_SUMMARY}, followed by the zone's id. */
    public static final String NAME = "join@";
    private static final int WINDOW = DefaultInsightsService.WINDOW_DAYS;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final OrderDaySummary orders;

    /** {@code timeZone}: the reporting zone; {@code orders}: the order summary whose completeness this one relies on. */
    public JoinerDaySummary(int refoldDays, String timeZone, OrderDaySummary orders) {
        super(NAME, refoldDays, timeZone);
        this.orders = orders;
    }

    @Override
    public int lagDays() {
        return WINDOW + 1;
    }

    @Override
    public Date firstSourceAt() {
        Object r = em.createNativeQuery("select min(a.CREATED_AT) from EVG_LOYALTY_ACCOUNT a").getSingleResult();
        return r == null ? null : new Date(((Date) r).getTime());
    }

    @Override
    public Date nextSourceAt(Date at) {
        Object r = em.createNativeQuery("select min(a.CREATED_AT) from EVG_LOYALTY_ACCOUNT a where a.CREATED_AT >= "
                + SqlTime.literal(at)).getSingleResult();
        return r == null ? null : new Date(((Date) r).getTime());
    }

    @Override
    public boolean complete(Date before) {
        Date windowsEnd = Date.from(before.toInstant().atZone(zone()).toLocalDate().plusDays(WINDOW + 1).atStartOfDay(zone()).toInstant());
        Object stored = em.createNativeQuery("select count(*) from EVG_INS_JOINER_DAY j where j.DAY_AT < " + SqlTime.literal(before))
                .getSingleResult();
        return num(stored) == 0 || orders.complete(windowsEnd);
    }

    @Override
    public void clearAll() {
        Rows.execute(em, "delete from EVG_INS_JOINER_DAY");
    }

    @Override
    public void fold(Buckets days) {
        Rows.execute(em, "delete from EVG_INS_JOINER_DAY where DAY_AT >= " + SqlTime.literal(days.start()));
        Rows.execute(em, "insert into EVG_INS_JOINER_DAY (DAY_AT, CUSTOMERS, ORDERS_BEFORE, ORDERS_AFTER, REVENUE_BEFORE, "
                + "REVENUE_AFTER) select x.LO, count(*), sum(x.B), sum(x.A), sum(x.RB), sum(x.RA) from ("
                + perMember("b.LO", " join " + days.valuesTable("b") + " on a.CREATED_AT >= b.LO and a.CREATED_AT < b.HI",
                        days.start(), days.end(), WINDOW) + ") x where x.B > 0 group by x.LO");
    }

    /** Whether the stored days are of {@code windowDays}-day windows. */
    static boolean storedWindow(int windowDays) {
        return windowDays == WINDOW;
    }

    /** The sums of the stored joining days {@code days}: members with an order before joining, their orders and revenue. */
    BeforeAfter stored(Buckets days) {
        Object[] r = (Object[]) em.createNativeQuery("select coalesce(sum(j.CUSTOMERS), 0) as C, coalesce(sum(j.ORDERS_BEFORE), 0) as OB, "
                + "coalesce(sum(j.ORDERS_AFTER), 0) as OA, coalesce(sum(j.REVENUE_BEFORE), 0) as RB, coalesce(sum(j.REVENUE_AFTER), 0) as RA "
                + "from EVG_INS_JOINER_DAY j where j.DAY_AT >= " + SqlTime.literal(days.start()) + " and j.DAY_AT < "
                + SqlTime.literal(days.end())).getSingleResult();
        return new BeforeAfter(num(r[0]), num(r[1]), num(r[2]), money(r[3]), money(r[4]));
    }

    /**
     * Per member who joined in [from, to) (and in {@code join}, with {@code key} selected as {@code LO}): the orders and
     * revenue in the {@code windowDays} days before joining (up to a day before) and after
     * joining, as columns {@code B, A, RB, RA}; the live figure's statement and the fold's.
     */
    static String perMember(String key, String join, Date from, Date to, int windowDays) {
        String joined = "a.CREATED_AT";
        return "select " + key + " as LO, a.CUSTOMER_ID, " + BroadleafInsightsOrderSource.sides(joined + " - interval '1' day", joined)
                + " from EVG_LOYALTY_ACCOUNT a" + join + " join BLC_ORDER o on o.CUSTOMER_ID = a.CUSTOMER_ID left join EVG_ORDER_POINTS p "
                + "on p.ORDER_ID = o.ORDER_ID where " + PLACED + " and o.SUBMIT_DATE >= " + joined + " - interval '" + windowDays + "' day"
                + " and o.SUBMIT_DATE < " + joined + " + interval '" + windowDays + "' day and a.CREATED_AT >= " + SqlTime.literal(from)
                + " and a.CREATED_AT < " + SqlTime.literal(to) + " group by " + ("0".equals(key) ? "" : key + ", ") + "a.CUSTOMER_ID";
    }
}
