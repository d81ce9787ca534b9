package org.evergreenloyalty.insights;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Rows;

/**
 * The members' active days ({@link SummaryTable#EVG_INS_ACTIVITY_DAY}): one row per customer and day of the
 * reporting zone with an EARN, BONUS or REDEEM entry, with the customer's previous such day ({@code PREV_AT},
 * {@link #NO_DAY} for the first). A distinct count of the customers active in a range of whole days is then the count
 * of the range's rows whose previous active day lies before the range (each customer's first active day in it), read
 * day by day through the index on {@code (DAY_AT, PREV_AT)} ({@link #activeCustomers}). Set-based statements in the
 * caller's transaction. Bean {@code evgLedgerActivitySummary}.
 */
public class LedgerActivitySummary extends ZonedDaySummary {

    /** The start of the summary's name in {@code EVG_INS_SUMMARY}, followed by the zone's id. */
    public static final String NAME = "act@";
    /** {@code PREV_AT} of a customer's first active day. */
    public static final String NO_DAY = "timestamp '1900-01-01 00:00:00'";
    static final String ACTIVE_TYPES = "('EARN', 'BONUS', 'REDEEM')";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** {@code timeZone}: the reporting zone ({@code evergreen.insights.timeZone}, blank for the JVM's). */
    public LedgerActivitySummary(int refoldHours, String timeZone) {
        super(NAME, (refoldHours + 23) / 24, timeZone);
    }

    @Override
    public Date firstSourceAt() {
        @SuppressWarnings("unchecked")
        List<Object> r = em.createNativeQuery("select min(e.CREATED_AT) from EVG_LEDGER_ENTRY e").getResultList();
        return r.isEmpty() || r.get(0) == null ? null : new Date(((Date) r.get(0)).getTime());
    }

    @Override
    public Date nextSourceAt(Date at) {
        @SuppressWarnings("unchecked")
        List<Object> r = em.createNativeQuery("select min(e.CREATED_AT) from EVG_LEDGER_ENTRY e where e.CREATED_AT >= "
                + SqlTime.literal(at)).getResultList();
        return r.isEmpty() || r.get(0) == null ? null : new Date(((Date) r.get(0)).getTime());
    }

    @Override
    public boolean complete(Date before) {
        String b = SqlTime.literal(before);
        Object raw = em.createNativeQuery("select count(*) from EVG_LEDGER_ENTRY e where e.CREATED_AT < " + b
                + " and e.ENTRY_TYPE in " + ACTIVE_TYPES).getSingleResult();
        Object stored = em.createNativeQuery("select coalesce(sum(d.ENTRY_COUNT), 0) from EVG_INS_ACTIVITY_DAY d where d.DAY_AT < "
                + b).getSingleResult();
        return InsightsRepository.num(raw) == InsightsRepository.num(stored);
    }

    @Override
    public void clearAll() {
        Rows.execute(em, "delete from EVG_INS_ACTIVITY_DAY");
    }

    @Override
    public void fold(Buckets days) {
        String lo = SqlTime.literal(days.start());
        String hi = SqlTime.literal(days.end());
        Rows.execute(em, "delete from EVG_INS_ACTIVITY_DAY where DAY_AT >= " + lo);
        String page = "select e.CUSTOMER_ID as CUSTOMER_ID, b.LO as D, count(*) as N from EVG_LEDGER_ENTRY e join "
                + days.valuesTable("b") + " on e.CREATED_AT >= b.LO and e.CREATED_AT < b.HI where e.CREATED_AT >= " + lo
                + " and e.CREATED_AT < " + hi + " and e.ENTRY_TYPE in " + ACTIVE_TYPES + " group by e.CUSTOMER_ID, b.LO";
        String before = "(select max(p.DAY_AT) from EVG_INS_ACTIVITY_DAY p where p.CUSTOMER_ID = x.CUSTOMER_ID)";
        if (DayFolder.windowFunctions(em)) {
            Rows.execute(em, "insert into EVG_INS_ACTIVITY_DAY (CUSTOMER_ID, DAY_AT, PREV_AT, ENTRY_COUNT) select x.CUSTOMER_ID, x.D, "
                    + "coalesce(lag(x.D) over (partition by x.CUSTOMER_ID order by x.D), " + before + ", " + NO_DAY + "), x.N from ("
                    + page + ") x");
            return;
        }
        Rows.execute(em, "insert into EVG_INS_ACTIVITY_DAY (CUSTOMER_ID, DAY_AT, PREV_AT, ENTRY_COUNT) select x.CUSTOMER_ID, x.D, "
                + NO_DAY + ", x.N from (" + page + ") x");
        Rows.execute(em, "update EVG_INS_ACTIVITY_DAY set PREV_AT = coalesce((select max(p.DAY_AT) from EVG_INS_ACTIVITY_DAY p "
                + "where p.CUSTOMER_ID = EVG_INS_ACTIVITY_DAY.CUSTOMER_ID and p.DAY_AT < EVG_INS_ACTIVITY_DAY.DAY_AT), " + NO_DAY
                + ") where DAY_AT >= " + lo + " and DAY_AT < " + hi);
    }

    /**
     * The customers with an EARN, BONUS or REDEEM entry in [from, to): from the stored {@code days} (whole days of
     * the summary, starting at {@code from}; null when none) and the entries in [days' end, to) live, the latter
     * counted only when the customer has no stored day in the range.
     */
    public long activeCustomers(Date from, Date to, Buckets days) {
        Date split = days == null ? from : days.end();
        long stored = days == null ? 0 : InsightsRepository.num(em.createNativeQuery("select count(*) from EVG_INS_ACTIVITY_DAY d "
                + "where d.DAY_AT in " + days.startsList() + " and d.PREV_AT < " + SqlTime.literal(from)).getSingleResult());
        if (!split.before(to)) {
            return stored;
        }
        String f = SqlTime.literal(from);
        String s = SqlTime.literal(split);
        return stored + InsightsRepository.num(em.createNativeQuery("select count(distinct e.CUSTOMER_ID) from EVG_LEDGER_ENTRY e "
                + "where e.CREATED_AT >= " + s + " and e.CREATED_AT < " + SqlTime.literal(to) + " and e.ENTRY_TYPE in " + ACTIVE_TYPES
                + (days == null ? "" : " and not exists (select 1 from EVG_INS_ACTIVITY_DAY d where d.CUSTOMER_ID = e.CUSTOMER_ID "
                + "and d.DAY_AT >= " + f + " and d.DAY_AT < " + s + ")")).getSingleResult());
    }
}
