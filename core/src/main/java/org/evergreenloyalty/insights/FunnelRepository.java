package org.evergreenloyalty.insights;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The funnel reports' queries on the features' tables (referral visits and referrals, review requests, reviews and
 * satisfaction answers, birthday rewards, tiers and tier moves): each one aggregate statement over a period
 * [from, to), never a load of rows into Java. Callers hold the (read-only) transaction. Bean {@code evgFunnelRepository}.
 */
public class FunnelRepository {

    /** A table of one row, for a select of scalar subqueries (HSQLDB needs a FROM). */
    private static final String ONE_ROW = "(values (0)) as one_row(X)";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /**
     * The referral funnel of the period: links followed, sign-ups (referrals made), friends' first orders, rewards
     * granted and not taken back, sign-ups that wait flagged by a fraud rule, and the points of those rewards.
     */
    public long[] referrals(Buckets period) {
                Object[] r = (Object[]) em.createNativeQuery("select "
                + "(select count(*) from EVG_REFERRAL_VISIT v where " + in("v.VISITED_AT", period) + ") as VISITS, "
                + "(select count(*) from EVG_REFERRAL r where " + in("r.CREATED_AT", period) + ") as SIGNUPS, "
                + "(select count(*) from EVG_REFERRAL r where " + in("r.ORDERED_AT", period) + ") as FIRST_ORDERS, "
                + "(select count(*) from EVG_REFERRAL r where " + in("r.REWARDED_AT", period) + " and r.REVERSED_AT is null) as REWARDS, "
                + "(select count(*) from EVG_REFERRAL r where " + in("r.CREATED_AT", period) + " and r.STATUS = 'FLAGGED') as FLAGGED, "
                + "(select coalesce(sum(r.REWARD_POINTS), 0) from EVG_REFERRAL r where " + in("r.REWARDED_AT", period)
                + " and r.REVERSED_AT is null) as POINTS "
                + "from " + ONE_ROW).getSingleResult();
        return nums(r);
    }

    /**
     * The advocates with the most results in the period, best first (rewards, then first orders, sign-ups, visits,
     * then the lower id): advocate id, links followed, sign-ups, first orders, rewards, reward points.
     */
    public List<long[]> topAdvocates(Buckets period, int limit) {
                String when = "case when %s%s then %s else 0 end";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select x.ADV as ADV, sum(x.V) as V, sum(x.S) as S, sum(x.F) as F, "
                + "sum(x.R) as R, sum(x.P) as P from ("
                + "select v.ADVOCATE_ID as ADV, 1 as V, 0 as S, 0 as F, 0 as R, 0 as P from EVG_REFERRAL_VISIT v "
                + "where " + in("v.VISITED_AT", period) + " union all select r.ADVOCATE_ID as ADV, 0 as V, "
                + String.format(when, in("r.CREATED_AT", period), "", "1") + " as S, " + String.format(when, in("r.ORDERED_AT", period), "", "1") + " as F, "
                + String.format(when, in("r.REWARDED_AT", period), " and r.REVERSED_AT is null", "1") + " as R, "
                + String.format(when, in("r.REWARDED_AT", period), " and r.REVERSED_AT is null", "coalesce(r.REWARD_POINTS, 0)") + " as P "
                + "from EVG_REFERRAL r where " + in("r.CREATED_AT", period) + " or " + in("r.ORDERED_AT", period) + " or " + in("r.REWARDED_AT", period)
                + ") x group by x.ADV order by sum(x.R) desc, sum(x.F) desc, sum(x.S) desc, sum(x.V) desc, x.ADV")
                .setMaxResults(limit).getResultList();
        List<long[]> out = new ArrayList<long[]>();
        for (Object[] r : rows) {
            out.add(nums(r));
        }
        return out;
    }

    /**
     * The review funnel of the period: requests sent, of those the requests whose order got a review (by now),
     * reviews submitted, of those approved (by now), and the sum and number of the approved reviews' ratings.
     */
    public long[] reviews(Buckets period) {
                Object[] r = (Object[]) em.createNativeQuery("select "
                + "(select count(*) from EVG_REVIEW_REQUEST q where " + in("q.REQUEST_SENT_AT", period) + ") as SENT, "
                + "(select count(*) from EVG_REVIEW_REQUEST q where " + in("q.REQUEST_SENT_AT", period)
                + " and exists (select 1 from EVG_REVIEW w where w.ORDER_ID = q.ORDER_ID)) as ANSWERED, "
                + "(select count(*) from EVG_REVIEW w where " + in("w.SUBMITTED_AT", period) + ") as SUBMITTED, "
                + "(select count(*) from EVG_REVIEW w where " + in("w.SUBMITTED_AT", period) + " and w.STATUS = 'APPROVED') as APPROVED, "
                + "(select coalesce(sum(w.RATING), 0) from EVG_REVIEW w where " + in("w.SUBMITTED_AT", period)
                + " and w.STATUS = 'APPROVED') as RATING_SUM "
                + "from " + ONE_ROW).getSingleResult();
        return nums(r);
    }

    /** Per bucket (one array per bucket, in order): satisfaction answers, promoters (9-10), detractors (0-6). */
    public List<long[]> satisfaction(Buckets buckets) {
        List<long[]> result = new ArrayList<long[]>();
        for (int i = 0; i < buckets.size(); i++) {
            result.add(new long[3]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select b.IDX as IDX, count(*) as ANSWERS, "
                + "sum(case when a.SCORE >= 9 then 1 else 0 end) as PROMOTERS, sum(case when a.SCORE <= 6 then 1 else 0 end) as DETRACTORS "
                + "from EVG_REVIEW_SATISFACTION a join " + buckets.valuesTable("b") + " on a.ANSWERED_AT >= b.LO and a.ANSWERED_AT < b.HI "
                + "where " + in("a.ANSWERED_AT", buckets) + " group by b.IDX").getResultList();
        for (Object[] r : rows) {
            long[] n = nums(r);
            result.set((int) n[0], new long[] {n[1], n[2], n[3]});
        }
        return result;
    }

    /**
     * The birthday funnel of the period: rewards issued, of those with a code, of those codes used (by now), and
     * the bonus points of the rewards issued.
     */
    public long[] birthdays(Buckets period) {
                Object[] r = (Object[]) em.createNativeQuery("select count(*) as ISSUED, "
                + "coalesce(sum(case when b.OFFER_CODE is not null then 1 else 0 end), 0) as WITH_CODE, "
                + "coalesce(sum(case when b.OFFER_CODE is not null and b.USED_AT is not null then 1 else 0 end), 0) as USED, "
                + "coalesce(sum(b.BONUS_POINTS), 0) as POINTS from EVG_BIRTHDAY_REWARD b where " + in("b.ISSUED_AT", period))
                .getSingleResult();
        return nums(r);
    }

    /** Every tier, lowest threshold first, with the customers holding it now: tier id, name, threshold, members. */
    public List<Object[]> membersPerTier() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.TIER_ID as TIER_ID, t.NAME as NAME, t.THRESHOLD as THRESHOLD, "
                + "count(c.CUSTOMER_ID) as MEMBERS from EVG_TIER t left join EVG_CUSTOMER_TIER c on c.TIER_ID = t.TIER_ID "
                + "group by t.TIER_ID, t.NAME, t.THRESHOLD order by t.THRESHOLD, t.TIER_ID").getResultList();
        return rows;
    }

    /** Points accounts whose customer holds no tier now. */
    public long membersWithoutTier() {
        return InsightsRepository.num(em.createNativeQuery("select count(*) from EVG_LOYALTY_ACCOUNT a where not exists "
                + "(select 1 from EVG_CUSTOMER_TIER c where c.CUSTOMER_ID = a.CUSTOMER_ID and c.TIER_ID is not null)")
                .getSingleResult());
    }

    /**
     * The tier moves of the period, grouped: from tier name, to tier name (null: no tier, or a tier since deleted
     * when the id is set), whether an upgrade, how many; upgrades first, then by count.
     */
    public List<Object[]> tierMoves(Buckets period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select f.NAME as FROM_NAME, t.NAME as TO_NAME, m.UPGRADE as UPGRADE, "
                + "count(*) as MOVES, m.FROM_TIER_ID as FROM_ID, m.TO_TIER_ID as TO_ID from EVG_TIER_MOVE m "
                + "left join EVG_TIER f on f.TIER_ID = m.FROM_TIER_ID left join EVG_TIER t on t.TIER_ID = m.TO_TIER_ID "
                + "where " + in("m.MOVED_AT", period) + " group by m.FROM_TIER_ID, m.TO_TIER_ID, f.NAME, t.NAME, m.UPGRADE "
                + "order by m.UPGRADE desc, count(*) desc, f.NAME, t.NAME").getResultList();
        return rows;
    }

    /** {@code column >= start and column < end} of the period. */
    private static String in(String column, Buckets period) {
        return column + " >= " + SqlTime.literal(period.start()) + " and " + column + " < " + SqlTime.literal(period.end());
    }

    private static long[] nums(Object[] r) {
        long[] n = new long[r.length];
        for (int i = 0; i < r.length; i++) {
            n[i] = InsightsRepository.num(r[i]);
        }
        return n;
    }
}
