package org.evergreenloyalty.test;

import java.sql.Timestamp;
import java.time.Instant;

import javax.persistence.EntityManager;
import javax.persistence.Query;

/**
 * Writes the funnel reports' rows (referral visits and referrals, review requests, reviews, satisfaction answers,
 * birthday rewards, tiers and tier moves) straight into their tables, so a test states its fixture as the rows the
 * queries read. Call inside a transaction; times are ISO instants.
 */
public final class FunnelRows {

    private final EntityManager em;
    private long nextId = TestIds.customerId() * 100;

    public FunnelRows(EntityManager em) {
        this.em = em;
    }

    public long id() {
        return ++nextId;
    }

    public void visit(long advocateId, String at) {
        insert("insert into EVG_REFERRAL_VISIT (VISIT_ID, ADVOCATE_ID, VISITED_AT) values (?1, ?2, ?3)", id(), advocateId, t(at));
    }

    /** A referral made at {@code created}; ordered, rewarded and reversed may be null. */
    public void referral(long advocateId, String status, String created, String ordered, String rewarded, Long points,
                         String reversed) {
        referral(advocateId, TestIds.customerId(), status, created, ordered, rewarded, points, reversed);
    }

    /** A referral of the friend {@code friendId}. */
    public void referral(long advocateId, long friendId, String status, String created, String ordered, String rewarded,
                         Long points, String reversed) {
        insert("insert into EVG_REFERRAL (REFERRAL_ID, ADVOCATE_ID, FRIEND_ID, CODE, SOURCE, STATUS, CREATED_AT, UPDATED_AT, "
                + "ORDERED_AT, REWARDED_AT, REWARD_POINTS, REVERSED_AT, VERSION) values (?1, ?2, ?3, 'FUNNEL', 'LINK', ?4, ?5, ?5, ?6, ?7, ?8, ?9, 0)",
                id(), advocateId, friendId, status, t(created), t(ordered), t(rewarded), points, t(reversed));
    }

    public void reviewRequest(long orderId, String sent) {
        insert("insert into EVG_REVIEW_REQUEST (ORDER_ID, CUSTOMER_ID, SUBMITTED_AT, STATUS, REMINDER_DONE, REQUEST_SENT_AT) "
                + "values (?1, ?2, ?3, 'SENT', ?4, ?3)", orderId, TestIds.customerId(), t(sent), Boolean.TRUE);
    }

    public void review(Long orderId, int rating, String status, String submitted) {
        insert("insert into EVG_REVIEW (REVIEW_ID, CUSTOMER_ID, PRODUCT_ID, ORDER_ID, RATING, REVIEW_TEXT, VERIFIED_BUYER, "
                + "INCENTIVISED, STATUS, SUBMITTED_AT, REWARD_POINTS) values (?1, ?2, ?3, ?4, ?5, 'fine', ?6, ?6, ?7, ?8, 0)",
                id(), TestIds.customerId(), id(), orderId, rating, Boolean.FALSE, status, t(submitted));
    }

    public void satisfaction(int score, String answered) {
        insert("insert into EVG_REVIEW_SATISFACTION (ORDER_ID, CUSTOMER_ID, SCORE, ANSWERED_AT) values (?1, ?2, ?3, ?4)",
                id(), TestIds.customerId(), score, t(answered));
    }

    /** A birthday reward issued at {@code issued}; code and used may be null. */
    public void birthday(String issued, String code, String used, long bonusPoints) {
        birthday(issued, code, used, null, bonusPoints);
    }

    /** A birthday reward whose code was used on {@code usedOrderId} (may be null). */
    public void birthday(String issued, String code, String used, Long usedOrderId, long bonusPoints) {
        String day = issued.substring(0, 10);
        insert("insert into EVG_BIRTHDAY_REWARD (REWARD_ID, CUSTOMER_ID, REWARD_YEAR, BIRTHDAY_ON, ISSUED_ON, ISSUED_AT, OFFER_CODE, "
                + "USED_AT, BONUS_POINTS, MAIL_STATUS, MAIL_ATTEMPTS, USED_ORDER_ID) values (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7, ?8, 'SENT', 0, ?9)",
                id(), TestIds.customerId(), Integer.valueOf(day.substring(0, 4)), day, t(issued), code, t(used), bonusPoints, usedOrderId);
    }

    public long tier(String name, long threshold) {
        long id = id();
        insert("insert into EVG_TIER (TIER_ID, NAME, THRESHOLD, MULTIPLIER) values (?1, ?2, ?3, 1)", id, name, threshold);
        return id;
    }

    public void customerTier(long customerId, Long tierId, String since) {
        insert("insert into EVG_CUSTOMER_TIER (CUSTOMER_ID, TIER_ID, SINCE) values (?1, ?2, ?3)", customerId, tierId, t(since));
    }

    public void tierMove(Long fromTier, Long toTier, boolean upgrade, String at) {
        insert("insert into EVG_TIER_MOVE (MOVE_ID, CUSTOMER_ID, FROM_TIER_ID, TO_TIER_ID, UPGRADE, MOVED_AT) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6)", id(), TestIds.customerId(), fromTier, toTier, upgrade, t(at));
    }

    /**
     * Runs an insert whose {@code ?N} are {@code params[N-1]}: a null is written as SQL null, the others become
     * ordinal parameters numbered in order of appearance (Hibernate 6 refuses gaps and repeats in ordinals).
     */
    private void insert(String sql, Object... params) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?(\\d+)").matcher(sql);
        StringBuffer text = new StringBuffer();
        java.util.List<Object> values = new java.util.ArrayList<Object>();
        while (m.find()) {
            Object value = params[Integer.parseInt(m.group(1)) - 1];
            if (value == null) {
                m.appendReplacement(text, "null");
            } else {
                values.add(value);
                m.appendReplacement(text, "?" + values.size());
            }
        }
        m.appendTail(text);
        Query q = em.createNativeQuery(text.toString());
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        q.executeUpdate();
    }

    private static Timestamp t(String iso) {
        return iso == null ? null : Timestamp.from(Instant.parse(iso));
    }
}
