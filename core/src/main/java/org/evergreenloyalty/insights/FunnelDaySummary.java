package org.evergreenloyalty.insights;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Rows;

/**
 * The funnels' (and health's order points') counts per day of the reporting zone ({@link SummaryTable#EVG_INS_FUNNEL_DAY}): per metric the
 * number of rows and a sum (reward points, ratings, bonus points) of link visits, referrals made, flagged, friends'
 * first orders and rewards not taken back, review requests sent and answered, reviews and approved reviews, birthday
 * rewards issued, with a code and used, the module's orders not cancelled, earning and redeeming (with the points
 * earned and redeemed), each on the day of the time the funnel reads it by. States that change later
 * (a reward reversed, a review approved, a code used, a request answered) are taken in by the re-fold window, or
 * by a rebuild when the stored days before it no longer match the tables. Set-based statements in the caller's
 * transaction. Bean {@code evgFunnelDaySummary}.
 */
public class FunnelDaySummary extends ZonedDaySummary {

    /** The start of the summary's name in {@code EVG_INS_SUMMARY}, followed by the zone's id. */
    public static final String NAME = "fun@";

    /** Metric: from clause (alias t), time column, extra condition, summed expression. */
    static final Map<String, String[]> METRICS = new LinkedHashMap<String, String[]>();

    static {
        METRICS.put("VISIT", new String[] {"EVG_REFERRAL_VISIT t", "t.VISITED_AT", "", "0"});
        METRICS.put("SIGNUP", new String[] {"EVG_REFERRAL t", "t.CREATED_AT", "", "0"});
        METRICS.put("FLAGGED", new String[] {"EVG_REFERRAL t", "t.CREATED_AT", " and t.STATUS = 'FLAGGED'", "0"});
        METRICS.put("FIRST_ORDER", new String[] {"EVG_REFERRAL t", "t.ORDERED_AT", "", "0"});
        METRICS.put("REWARD", new String[] {"EVG_REFERRAL t", "t.REWARDED_AT", " and t.REVERSED_AT is null", "coalesce(t.REWARD_POINTS, 0)"});
        METRICS.put("REQ_SENT", new String[] {"EVG_REVIEW_REQUEST t", "t.REQUEST_SENT_AT", "", "0"});
        METRICS.put("REQ_ANSWERED", new String[] {"EVG_REVIEW_REQUEST t", "t.REQUEST_SENT_AT",
            " and exists (select 1 from EVG_REVIEW w where w.ORDER_ID = t.ORDER_ID)", "0"});
        METRICS.put("REVIEW", new String[] {"EVG_REVIEW t", "t.SUBMITTED_AT", "", "0"});
        METRICS.put("APPROVED", new String[] {"EVG_REVIEW t", "t.SUBMITTED_AT", " and t.STATUS = 'APPROVED'", "coalesce(t.RATING, 0)"});
        METRICS.put("BDAY", new String[] {"EVG_BIRTHDAY_REWARD t", "t.ISSUED_AT", "", "coalesce(t.BONUS_POINTS, 0)"});
        METRICS.put("BDAY_CODE", new String[] {"EVG_BIRTHDAY_REWARD t", "t.ISSUED_AT", " and t.OFFER_CODE is not null", "0"});
        METRICS.put("BDAY_USED", new String[] {"EVG_BIRTHDAY_REWARD t", "t.ISSUED_AT",
            " and t.OFFER_CODE is not null and t.USED_AT is not null", "0"});
        // health's orders booked by the module: not cancelled, earning, redeeming (placed by SUBMITTED_AT)
        METRICS.put("OP", new String[] {"EVG_ORDER_POINTS t", "t.SUBMITTED_AT", " and t.CANCELLED = false", "t.EARNED"});
        METRICS.put("OP_EARNING", new String[] {"EVG_ORDER_POINTS t", "t.SUBMITTED_AT", " and t.CANCELLED = false and t.EARNED > 0", "0"});
        METRICS.put("OP_REDEEMING", new String[] {"EVG_ORDER_POINTS t", "t.SUBMITTED_AT", " and t.CANCELLED = false and t.REDEEMED > 0",
            "t.REDEEMED"});
    }

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** {@code timeZone}: the reporting zone ({@code evergreen.insights.timeZone}, blank for the JVM's). */
    public FunnelDaySummary(int refoldDays, String timeZone) {
        super(NAME, refoldDays, timeZone);
    }

    @Override
    public Date firstSourceAt() {
        return nextSourceAt(null);
    }

    @Override
    public Date nextSourceAt(Date at) {
        Date first = null;
        for (String[] m : METRICS.values()) {
            @SuppressWarnings("unchecked")
            List<Object> r = em.createNativeQuery("select min(" + m[1] + ") from " + m[0] + (at == null ? "" : " where " + m[1]
                    + " >= " + SqlTime.literal(at))).getResultList();
            Date d = r.isEmpty() || r.get(0) == null ? null : new Date(((Date) r.get(0)).getTime());
            first = d != null && (first == null || d.before(first)) ? d : first;
        }
        return first;
    }

    @Override
    public boolean complete(Date before) {
        String b = SqlTime.literal(before);
        for (Map.Entry<String, String[]> m : METRICS.entrySet()) {
            String[] d = m.getValue();
            Object[] raw = (Object[]) em.createNativeQuery("select count(*) as N, coalesce(sum(" + d[3] + "), 0) as TOTAL from " + d[0]
                    + " where " + d[1] + " < " + b + d[2]).getSingleResult();
            Object[] stored = (Object[]) em.createNativeQuery("select coalesce(sum(f.N), 0) as N, coalesce(sum(f.TOTAL), 0) as TOTAL "
                    + "from EVG_INS_FUNNEL_DAY f where f.METRIC = '" + m.getKey() + "' and f.DAY_AT < " + b).getSingleResult();
            if (InsightsRepository.num(raw[0]) != InsightsRepository.num(stored[0])
                    || InsightsRepository.num(raw[1]) != InsightsRepository.num(stored[1])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void clearAll() {
        Rows.execute(em, "delete from EVG_INS_FUNNEL_DAY");
    }

    @Override
    public void fold(Buckets days) {
        String lo = SqlTime.literal(days.start());
        String hi = SqlTime.literal(days.end());
        Rows.execute(em, "delete from EVG_INS_FUNNEL_DAY where DAY_AT >= " + lo);
        for (Map.Entry<String, String[]> m : METRICS.entrySet()) {
            String[] d = m.getValue();
            Rows.execute(em, "insert into EVG_INS_FUNNEL_DAY (DAY_AT, METRIC, N, TOTAL) select b.LO, '" + m.getKey() + "', count(*), "
                    + "coalesce(sum(" + d[3] + "), 0) from " + d[0] + " join " + days.valuesTable("b") + " on " + d[1] + " >= b.LO and "
                    + d[1] + " < b.HI where " + d[1] + " >= " + lo + " and " + d[1] + " < " + hi + d[2] + " group by b.LO");
        }
    }

    /** Per metric (in {@link #METRICS} order) the count and the sum of the stored {@code days}: {n0, total0, n1, ...}. */
    public long[] sums(Buckets days) {
        long[] out = new long[METRICS.size() * 2];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select f.METRIC as METRIC, sum(f.N) as N, sum(f.TOTAL) as TOTAL from "
                + "EVG_INS_FUNNEL_DAY f where f.DAY_AT >= " + SqlTime.literal(days.start()) + " and f.DAY_AT < "
                + SqlTime.literal(days.end()) + " group by f.METRIC").getResultList();
        List<String> names = new java.util.ArrayList<String>(METRICS.keySet());
        for (Object[] r : rows) {
            int i = names.indexOf(((String) r[0]).trim());
            if (i >= 0) {
                out[2 * i] = InsightsRepository.num(r[1]);
                out[2 * i + 1] = InsightsRepository.num(r[2]);
            }
        }
        return out;
    }

    /** The count ({@code total} false) or the sum of {@code metric} in {@code sums}. */
    static long of(long[] sums, String metric, boolean total) {
        return sums[2 * new java.util.ArrayList<String>(METRICS.keySet()).indexOf(metric) + (total ? 1 : 0)];
    }
}
