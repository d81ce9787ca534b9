package org.evergreenloyalty.milestone;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import org.evergreenloyalty.support.Queries;
import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.support.TableIds;

/**
 * The queries of milestones, challenges and their grants, and the counts they are reached by (orders that stand,
 * their earning base, approved reviews, rewarded referrals). Callers bring the transaction. A window is
 * {@code [from, to)}; a null window counts everything.
 */
public class MilestoneRepository {

    /** The table of the grants ({@link MilestoneGrant}). */
    public static final String GRANT_TABLE = "EVG_MILESTONE_GRANT";
    private static final String GRANT_COLUMNS = "g.EVENT_KEY, g.KIND, g.REF, g.CUSTOMER_ID, g.ORDER_ID, g.POINTS, g.GRANTED_AT";
    /** Grants whose order stands: none, or one not cancelled. */
    private static final String STANDING = "(g.ORDER_ID is null or g.ORDER_ID in "
            + "(select op.ORDER_ID from EVG_ORDER_POINTS op where op.CANCELLED = ?))";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The table of the milestones ({@link Milestone}). */
    public static final String TABLE = "EVG_MILESTONE";
    private static final String COLUMNS = "CODE, KIND, THRESHOLD, POINTS, ENABLED, SORT_ORDER";

    /** Every milestone, in display order. */
    public List<Milestone> milestones() {
        return Rows.list(em, "select " + COLUMNS + " from " + TABLE + " order by SORT_ORDER, CODE", p -> { },
                MilestoneRepository::milestone);
    }

    /** The milestone {@code code}, or null. */
    public Milestone milestone(String code) {
        return Rows.first(em, "select " + COLUMNS + " from " + TABLE + " where CODE = ?", p -> p.text(code),
                MilestoneRepository::milestone);
    }

    /** Adds {@code m}. */
    public void add(Milestone m) {
        Rows.update(em, "insert into " + TABLE + " (" + COLUMNS + ") values (" + Rows.marks(6) + ")", p -> p.text(m.getCode())
                .text(m.getKind().name()).decimal(m.getThreshold()).id(m.getPoints()).flag(m.isEnabled()).integer(m.getSortOrder()));
    }

    /** Switches milestone {@code code} on or off; false when there is no such milestone. */
    public boolean setEnabled(String code, boolean enabled) {
        return Rows.update(em, "update " + TABLE + " set ENABLED = ? where CODE = ?", p -> p.flag(enabled).text(code)) == 1;
    }

    /** Sets the points of milestone {@code code}; false when there is no such milestone. */
    public boolean setPoints(String code, long points) {
        return Rows.update(em, "update " + TABLE + " set POINTS = ? where CODE = ?", p -> p.id(points).text(code)) == 1;
    }

    private static Milestone milestone(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Milestone(rs.getString(1), MilestoneKind.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getLong(4),
                rs.getBoolean(5), rs.getInt(6));
    }

    /** The table of the challenges ({@link Challenge}). */
    public static final String CHALLENGE_TABLE = "EVG_CHALLENGE";
    private static final String CHALLENGE_SELECT = "select CHALLENGE_ID, NAME, GOAL, TARGET, POINTS, START_DAY, END_DAY, ENABLED, "
            + "CREATED_AT, CREATED_BY from " + CHALLENGE_TABLE;

    /** Every challenge, latest first day first. */
    public List<Challenge> challenges() {
        return Rows.list(em, CHALLENGE_SELECT + " order by START_DAY desc, CHALLENGE_ID desc", p -> { }, MilestoneRepository::challenge);
    }

    /** The challenge {@code id}, or null. */
    public Challenge challenge(long id) {
        return Rows.first(em, CHALLENGE_SELECT + " where CHALLENGE_ID = ?", p -> p.id(id), MilestoneRepository::challenge);
    }

    /** Every switched-on challenge, by first day (then id). */
    public List<Challenge> enabledChallenges() {
        return Rows.list(em, CHALLENGE_SELECT + " where ENABLED = ? order by START_DAY, CHALLENGE_ID", p -> p.flag(true),
                MilestoneRepository::challenge);
    }

    /** The switched-on challenges whose days reach from {@code from} to {@code to} (ISO days, inclusive). */
    public List<Challenge> enabledChallengesBetween(String from, String to) {
        return Rows.list(em, CHALLENGE_SELECT + " where ENABLED = ? and START_DAY <= ? and END_DAY >= ? order by START_DAY, CHALLENGE_ID",
                p -> p.flag(true).text(to).text(from), MilestoneRepository::challenge);
    }

    /** Adds a switched-on challenge with the checked values; returns its id. */
    public long addChallenge(ChallengeDraft.Checked c, Date at, String actor) {
        long id = TableIds.next(em, "EvgChallenge");
        Rows.update(em, "insert into " + CHALLENGE_TABLE + " (CHALLENGE_ID, NAME, GOAL, TARGET, POINTS, START_DAY, END_DAY, ENABLED, "
                + "CREATED_AT, CREATED_BY) values (" + Rows.marks(10) + ")", p -> p.id(id).text(c.name).text(c.goal.name())
                .decimal(c.target).id(c.points).text(c.startDay.toString()).text(c.endDay.toString()).flag(true).time(at).text(actor));
        return id;
    }

    /** Sets the checked values on challenge {@code id}; false when there is none. */
    public boolean updateChallenge(long id, ChallengeDraft.Checked c) {
        return Rows.update(em, "update " + CHALLENGE_TABLE + " set NAME = ?, GOAL = ?, TARGET = ?, POINTS = ?, START_DAY = ?, END_DAY = ? "
                + "where CHALLENGE_ID = ?", p -> p.text(c.name).text(c.goal.name()).decimal(c.target).id(c.points)
                .text(c.startDay.toString()).text(c.endDay.toString()).id(id)) == 1;
    }

    /** Switches challenge {@code id} on or off; false when there is none. */
    public boolean setChallengeEnabled(long id, boolean enabled) {
        return Rows.update(em, "update " + CHALLENGE_TABLE + " set ENABLED = ? where CHALLENGE_ID = ?", p -> p.flag(enabled).id(id)) == 1;
    }

    private static Challenge challenge(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Challenge(rs.getLong(1), rs.getString(2), ChallengeGoal.valueOf(rs.getString(3)), rs.getBigDecimal(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getBoolean(8), Rows.time(rs, 9), rs.getString(10));
    }

    /** The grants of one milestone or challenge to one customer, whether their order stands or not. */
    public List<MilestoneGrant> grants(String kind, String ref, long customerId) {
        return Rows.list(em, "select " + GRANT_COLUMNS + " from " + GRANT_TABLE + " g where g.KIND = ? and g.REF = ? and g.CUSTOMER_ID = ?",
                p -> p.text(kind).text(ref).id(customerId), MilestoneRepository::grant);
    }

    /** The standing grants of a customer (those of cancelled orders left out), by kind and ref ({@code KIND:ref}). */
    public Map<String, MilestoneGrant> standingGrants(long customerId) {
        Map<String, MilestoneGrant> out = new HashMap<String, MilestoneGrant>();
        Rows.list(em, "select " + GRANT_COLUMNS + " from " + GRANT_TABLE + " g where g.CUSTOMER_ID = ? and " + STANDING,
                p -> p.id(customerId).flag(false), MilestoneRepository::grant).forEach(g -> out.put(g.getKind() + ":" + g.getRef(), g));
        return out;
    }

    /** Of {@code customerIds}, {@code KIND:ref:customerId} of each standing grant. */
    public Set<String> standingGrantsOf(Collection<Long> customerIds) {
        Set<String> out = new HashSet<String>();
        if (customerIds.isEmpty()) {
            return out;
        }
        List<Long> ids = Queries.padded(customerIds);
        Rows.each(em, "select g.KIND, g.REF, g.CUSTOMER_ID from " + GRANT_TABLE + " g where g.CUSTOMER_ID in (" + Rows.marks(ids.size())
                + ") and " + STANDING, p -> {
                    for (Long id : ids) {
                        p.id(id);
                    }
                    p.flag(false);
                }, rs -> { out.add(rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getLong(3)); });
        return out;
    }

    /** Per {@code KIND:ref}: how many customers hold a standing grant and the points they got ({@code [customers, points]}). */
    public Map<String, long[]> totals() {
        Map<String, long[]> out = new HashMap<String, long[]>();
        Rows.each(em, "select g.KIND, g.REF, count(distinct g.CUSTOMER_ID), sum(g.POINTS) from " + GRANT_TABLE + " g where "
                + STANDING + " group by g.KIND, g.REF", p -> p.flag(false),
                rs -> { out.put(rs.getString(1) + ":" + rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4)}); });
        return out;
    }

    /** Records {@code g} (in the transaction of its ledger entry). */
    public void record(MilestoneGrant g) {
        Rows.update(em, "insert into " + GRANT_TABLE + " (EVENT_KEY, KIND, REF, CUSTOMER_ID, ORDER_ID, POINTS, GRANTED_AT) "
                + "values (?, ?, ?, ?, ?, ?, ?)", p -> p.text(g.getEventKey()).text(g.getKind()).text(g.getRef()).id(g.getCustomerId())
                .number(g.getOrderId()).id(g.getPoints()).time(g.getGrantedAt()));
    }

    private static MilestoneGrant grant(java.sql.ResultSet rs) throws java.sql.SQLException {
        long order = rs.getLong(5);
        return new MilestoneGrant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.wasNull() ? null : order,
                rs.getLong(6), Rows.time(rs, 7));
    }

    /** How many orders of the customer stand (not cancelled) in the window. */
    public long orders(long customerId, Date from, Date to) {
        return window(em.createQuery("select count(op) from OrderPoints op where op.customerId = :c and op.cancelled = false"
                + window("op.submittedAt", from), Long.class), from, to).setParameter("c", customerId).getSingleResult();
    }

    /** The earning base of the customer's orders that stand, less what was returned, in the window. */
    public BigDecimal spend(long customerId, Date from, Date to) {
        BigDecimal s = window(em.createQuery("select sum(op.earnBase - op.returnedAmount) from OrderPoints op where op.customerId = :c "
                + "and op.cancelled = false" + window("op.submittedAt", from), BigDecimal.class), from, to)
                .setParameter("c", customerId).getSingleResult();
        return s == null ? BigDecimal.ZERO : s;
    }

    /** How many of the customer's reviews submitted in the window are approved. */
    public long approvedReviews(long customerId, Date from, Date to) {
        return window(em.createQuery("select count(r) from ProductReview r where r.customerId = :c "
                + "and r.status = org.evergreenloyalty.review.ReviewStatus.APPROVED" + window("r.submittedAt", from), Long.class), from, to)
                .setParameter("c", customerId).getSingleResult();
    }

    /** How many of the customer's referrals (as advocate) were rewarded in the window. */
    public long rewardedReferrals(long customerId, Date from, Date to) {
        return window(em.createQuery("select count(r) from Referral r where r.advocateId = :c "
                + "and r.status = org.evergreenloyalty.referral.ReferralStatus.REWARDED" + window("r.rewardedAt", from), Long.class), from, to)
                .setParameter("c", customerId).getSingleResult();
    }

    /** The customers whose count of {@code goal} in {@code [from, to)} reaches {@code target}, at most {@code max}. */
    public List<Long> customersReaching(ChallengeGoal goal, BigDecimal target, Date from, Date to, int max) {
        String q;
        switch (goal) {
            case ORDERS:
                q = "select op.customerId from OrderPoints op where op.cancelled = false and op.submittedAt >= :from and op.submittedAt < :to "
                        + "group by op.customerId having count(op) >= :target";
                break;
            case SPEND:
                q = "select op.customerId from OrderPoints op where op.cancelled = false and op.submittedAt >= :from and op.submittedAt < :to "
                        + "group by op.customerId having sum(op.earnBase - op.returnedAmount) >= :target";
                break;
            case REVIEWS:
                q = "select r.customerId from ProductReview r where r.status = org.evergreenloyalty.review.ReviewStatus.APPROVED "
                        + "and r.submittedAt >= :from and r.submittedAt < :to group by r.customerId having count(r) >= :target";
                break;
            default:
                q = "select r.advocateId from Referral r where r.status = org.evergreenloyalty.referral.ReferralStatus.REWARDED "
                        + "and r.rewardedAt >= :from and r.rewardedAt < :to group by r.advocateId having count(r) >= :target";
        }
        Object t = goal == ChallengeGoal.SPEND ? target : (Object) Long.valueOf(target.longValue());
        return new ArrayList<Long>(em.createQuery(q, Long.class).setParameter("from", from).setParameter("to", to)
                .setParameter("target", t).setMaxResults(max).getResultList());
    }

    /** The day of each of {@code customerIds}' first order that stands. */
    public Map<Long, Date> firstOrders(Collection<Long> customerIds) {
        return dates("select op.customerId, min(op.submittedAt) from OrderPoints op where op.cancelled = false "
                + "and op.customerId in (:ids) group by op.customerId", customerIds);
    }

    /** When each of {@code customerIds}' loyalty account was opened. */
    public Map<Long, Date> accountsOpened(Collection<Long> customerIds) {
        return dates("select a.customerId, a.createdAt from LoyaltyAccount a where a.customerId in (:ids)", customerIds);
    }

    private Map<Long, Date> dates(String q, Collection<Long> customerIds) {
        Map<Long, Date> out = new HashMap<Long, Date>();
        if (!customerIds.isEmpty()) {
            for (Object[] r : em.createQuery(q, Object[].class).setParameter("ids", Queries.padded(customerIds)).getResultList()) {
                out.put((Long) r[0], (Date) r[1]);
            }
        }
        return out;
    }

    private static String window(String field, Date from) {
        return from == null ? "" : " and " + field + " >= :from and " + field + " < :to";
    }

    private static <T> TypedQuery<T> window(TypedQuery<T> q, Date from, Date to) {
        return from == null ? q : q.setParameter("from", from).setParameter("to", to);
    }
}
