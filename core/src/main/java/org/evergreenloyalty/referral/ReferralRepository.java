package org.evergreenloyalty.referral;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import org.evergreenloyalty.support.Queries;
import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.support.TableIds;

/**
 * The queries of referrals: referrals by friend, order and advocate (with the counts of the fraud rules, the advocate's
 * page and the admin's lists and rankings), referral codes, invitations (the daily, repeat and hourly limits count
 * them, withheld ones included, so all nodes count alike), device sightings and the wrong-code throttle's counters.
 * Callers bring the transaction.
 */
public class ReferralRepository {

    private static final Date EARLIEST = new Date(0);
    private static final Date LATEST = new Date(253402214400000L);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    // ------------------------------------------------------------------ referrals

    /** The referral whose friend is {@code friendId}, or null. */
    public Referral byFriend(long friendId) {
        return Queries.first(em.createQuery("select r from Referral r where r.friendId = :f", Referral.class).setParameter("f", friendId));
    }

    /** Which of {@code customerIds} were referred by a friend (have a referral as its friend). */
    public java.util.Set<Long> friendsAmong(java.util.Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return java.util.Collections.emptySet();
        }
        return new java.util.HashSet<Long>(em.createQuery("select r.friendId from Referral r where r.friendId in (:ids)", Long.class)
                .setParameter("ids", Queries.padded(customerIds)).getResultList());
    }

    /** The referral whose first order is {@code orderId}, or null. */
    public Referral byOrder(long orderId) {
        return Queries.first(em.createQuery("select r from Referral r where r.orderId = :o", Referral.class).setParameter("o", orderId));
    }

    /** Referrals the advocate made since {@code since}. */
    public long referralsBySince(long advocateId, Date since) {
        return em.createQuery("select count(r) from Referral r where r.advocateId = :a and r.createdAt >= :t", Long.class)
                .setParameter("a", advocateId).setParameter("t", since).getSingleResult();
    }

    /** Referrals signed up from the IP address hash since {@code since}. */
    public long referralsFromIpSince(String ipHash, Date since) {
        return em.createQuery("select count(r) from Referral r where r.signupIpHash = :ip and r.createdAt >= :t", Long.class)
                .setParameter("ip", ipHash).setParameter("t", since).getSingleResult();
    }

    /** The advocate's referrals: signed up, ordered, rewarded, pending reward, in that order. */
    public long[] advocateCounts(long advocateId) {
        return new long[] {count("r.advocateId = :a", advocateId), count("r.advocateId = :a and r.orderId is not null", advocateId),
                count("r.advocateId = :a and r.status = 'REWARDED'", advocateId),
                count("r.advocateId = :a and (r.status = 'QUALIFIED' or (r.status = 'FLAGGED' and r.orderId is not null))", advocateId)};
    }

    private long count(String where, long advocateId) {
        return em.createQuery("select count(r) from Referral r where " + where, Long.class).setParameter("a", advocateId).getSingleResult();
    }

    /** The points the advocate was rewarded with. */
    public long rewardPoints(long advocateId) {
        Long points = em.createQuery("select sum(r.rewardPoints) from Referral r where r.advocateId = :a and r.status = :s", Long.class)
                .setParameter("a", advocateId).setParameter("s", ReferralStatus.REWARDED).getSingleResult();
        return points == null ? 0 : points;
    }

    /** The advocate's newest referrals. */
    public List<Referral> newestOf(long advocateId, int max) {
        return em.createQuery("select r from Referral r where r.advocateId = :a order by r.createdAt desc, r.id desc", Referral.class)
                .setParameter("a", advocateId).setMaxResults(max).getResultList();
    }

    /** The qualified referrals whose reward is due at {@code now}, the oldest due first. */
    public List<Long> rewardsDue(Date now) {
        return em.createQuery("select r.id from Referral r where r.status = :s and r.rewardDueAt <= :now order by r.rewardDueAt, r.id",
                Long.class).setParameter("s", ReferralStatus.QUALIFIED).setParameter("now", now).getResultList();
    }

    /** The advocate's referrals rewarded in [from, to). */
    public long rewardedBetween(long advocateId, Date from, Date to) {
        return em.createQuery("select count(r) from Referral r where r.advocateId = :a and r.status = :s "
                + "and r.rewardedAt >= :from and r.rewardedAt < :to", Long.class)
                .setParameter("a", advocateId).setParameter("s", ReferralStatus.REWARDED)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    /** One page of the referrals the admin query selects, newest first. */
    public List<Referral> search(ReferralQuery q, int first, int size) {
        Map<String, Object> params = new LinkedHashMap<String, Object>();
        TypedQuery<Referral> list = em.createQuery("select r from Referral r" + where(q, params) + " order by r.createdAt desc, r.id desc",
                Referral.class);
        params.forEach(list::setParameter);
        return list.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many referrals the admin query selects. */
    public long count(ReferralQuery q) {
        Map<String, Object> params = new LinkedHashMap<String, Object>();
        TypedQuery<Long> count = em.createQuery("select count(r) from Referral r" + where(q, params), Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private static String where(ReferralQuery q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        condition(where, params, "r.status = :status", "status", q.getStatus());
        condition(where, params, "r.createdAt >= :from", "from", q.getFrom());
        condition(where, params, "r.createdAt < :to", "to", q.getTo());
        condition(where, params, "r.advocateId = :advocate", "advocate", q.getAdvocateId());
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(clause);
            params.put(name, value);
        }
    }

    /** The decisions taken on a referral, oldest first. */
    public List<ReferralDecision> decisions(long referralId) {
        return em.createQuery("select d from ReferralDecision d where d.referralId = :r order by d.decidedAt, d.id", ReferralDecision.class)
                .setParameter("r", referralId).getResultList();
    }

    /** Per advocate (id, count): referrals created in the period (open ends when null). */
    public List<Object[]> signupsPerAdvocate(Date from, Date to) {
        return grouped("select r.advocateId, count(r) from Referral r where r.createdAt >= :from and r.createdAt < :to "
                + "group by r.advocateId", null, from, to);
    }

    /** Per advocate (id, count): referrals created in the period that qualified or were rewarded. */
    public List<Object[]> qualifiedPerAdvocate(Date from, Date to) {
        return grouped("select r.advocateId, count(r) from Referral r where r.createdAt >= :from and r.createdAt < :to "
                + "and r.status in (:statuses) group by r.advocateId", Arrays.asList(ReferralStatus.QUALIFIED, ReferralStatus.REWARDED), from, to);
    }

    /** Per advocate (id, count, points): referrals created in the period that were rewarded. */
    public List<Object[]> rewardsPerAdvocate(Date from, Date to) {
        return grouped("select r.advocateId, count(r), sum(r.rewardPoints) from Referral r where r.createdAt >= :from "
                + "and r.createdAt < :to and r.status in (:statuses) group by r.advocateId",
                Collections.singletonList(ReferralStatus.REWARDED), from, to);
    }

    private List<Object[]> grouped(String jpql, List<ReferralStatus> statuses, Date from, Date to) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class)
                .setParameter("from", from == null ? EARLIEST : from).setParameter("to", to == null ? LATEST : to);
        if (statuses != null) {
            q.setParameter("statuses", statuses);
        }
        return q.getResultList();
    }

    // ------------------------------------------------------------------ codes

    /** The table of the referral codes ({@link ReferralCode}). */
    public static final String CODE_TABLE = "EVG_REFERRAL_CODE";

    /** The code {@code code}, active or retired, or null. */
    public ReferralCode code(String code) {
        return Rows.first(em, "select CODE, CUSTOMER_ID, ACTIVE_CUSTOMER_ID, CREATED_AT, RETIRED_AT from " + CODE_TABLE
                + " where CODE = ?", p -> p.text(code), rs -> new ReferralCode(rs.getString(1), rs.getLong(2),
                rs.getObject(3) != null, Rows.time(rs, 4), Rows.time(rs, 5)));
    }

    /** Adds {@code code} as the customer's active code (fails on a code taken or a second active code). */
    public void addCode(String code, long customerId, Date at) {
        Rows.update(em, "insert into " + CODE_TABLE + " (CODE, CUSTOMER_ID, ACTIVE_CUSTOMER_ID, CREATED_AT) values (?, ?, ?, ?)",
                p -> p.text(code).id(customerId).id(customerId).time(at));
    }

    /** Retires the customer's active code, if any. */
    public void retireCodesOf(long customerId, Date at) {
        Rows.update(em, "update " + CODE_TABLE + " set ACTIVE_CUSTOMER_ID = null, RETIRED_AT = ? where ACTIVE_CUSTOMER_ID = ?",
                p -> p.time(at).id(customerId));
    }

    /** The customer's active code, or null. */
    public String activeCode(long customerId) {
        return Rows.first(em, "select CODE from " + CODE_TABLE + " where ACTIVE_CUSTOMER_ID = ?", p -> p.id(customerId),
                rs -> rs.getString(1));
    }

    /** Locks the advocate's active code row until the caller's transaction ends (serialises the advocate's invitations). */
    public void lockCodesOf(long advocateId) {
        Rows.update(em, "update " + CODE_TABLE + " set ACTIVE_CUSTOMER_ID = ACTIVE_CUSTOMER_ID where ACTIVE_CUSTOMER_ID = ?",
                p -> p.id(advocateId));
    }

    // ------------------------------------------------------------------ invitations

    /** The advocate who last invited the e-mail key since {@code since} (not withheld), or null. */
    public Long latestInviter(String emailKey, Date since) {
        return Queries.first(em.createQuery("select i.advocateId from ReferralInvitation i where i.emailKey = :e and i.withheld is null "
                + "and i.sentAt >= :t order by i.sentAt desc", Long.class).setParameter("e", emailKey).setParameter("t", since));
    }

    /** The advocate's invitations of the e-mail key that no one joined with yet (not withheld). */
    public List<ReferralInvitation> openInvitations(String emailKey, long advocateId) {
        return em.createQuery("select i from ReferralInvitation i where i.emailKey = :e and i.advocateId = :a "
                + "and i.joinedCustomerId is null and i.withheld is null", ReferralInvitation.class)
                .setParameter("e", emailKey).setParameter("a", advocateId).getResultList();
    }

    /** Invitations the advocate sent since {@code since}. */
    public long invitationsBySince(long advocateId, Date since) {
        return em.createQuery("select count(i) from ReferralInvitation i where i.advocateId = :a and i.sentAt >= :t", Long.class)
                .setParameter("a", advocateId).setParameter("t", since).getSingleResult();
    }

    /** Invitations (not withheld) the e-mail key received since {@code since}, from any advocate. */
    public long invitationsToSince(String emailKey, Date since) {
        return em.createQuery("select count(i) from ReferralInvitation i where i.emailKey = :e and i.sentAt >= :t and i.withheld is null",
                Long.class).setParameter("e", emailKey).setParameter("t", since).getSingleResult();
    }

    /** All invitations the advocate sent. */
    public long invitationsBy(long advocateId) {
        return em.createQuery("select count(i) from ReferralInvitation i where i.advocateId = :a", Long.class)
                .setParameter("a", advocateId).getSingleResult();
    }

    /** Invitations recorded from the IP address hash {@code ipHash} since {@code since}, by any advocate. */
    public long invitationsFromIpSince(String ipHash, Date since) {
        return em.createQuery("select count(i) from ReferralInvitation i where i.ipHash = :ip and i.sentAt >= :t", Long.class)
                .setParameter("ip", ipHash).setParameter("t", since).getSingleResult();
    }

    /** Invitations recorded in the whole store since {@code since}. */
    public long invitationsSince(Date since) {
        return em.createQuery("select count(i) from ReferralInvitation i where i.sentAt >= :t", Long.class)
                .setParameter("t", since).getSingleResult();
    }

    // ------------------------------------------------------------------ devices

    /**
     * The device sightings: a customer seen from an IP address and browser (user agent) at some time, for the
     * same-device fraud rule (SIGHTING_ID, CUSTOMER_ID, IP_HASH, UA_HASH, OCCASION: signup, referral-page, code or order,
     * SEEN_AT; indexes EVG_REFSIGHT_CUSTOMER_IX, EVG_REFSIGHT_SEEN_IX). Only keyed hashes of the address and user agent
     * are stored, never the values; old rows are purged by the {@code referral-cleanup} job.
     */
    public static final String SIGHTING_TABLE = "EVG_REFERRAL_SIGHTING";
    /** The followed referral links, counted for the referral funnel (VISIT_ID, ADVOCATE_ID, VISITED_AT; no visitor data). */
    public static final String VISIT_TABLE = "EVG_REFERRAL_VISIT";

    /** Records that the customer was seen from the device with these hashes on {@code occasion}. */
    public void recordSighting(long customerId, String ipHash, String userAgentHash, String occasion, Date at) {
        long id = TableIds.next(em, "DeviceSighting");
        Rows.update(em, "insert into " + SIGHTING_TABLE + " (SIGHTING_ID, CUSTOMER_ID, IP_HASH, UA_HASH, OCCASION, SEEN_AT) "
                + "values (?, ?, ?, ?, ?, ?)", p -> p.id(id).id(customerId).text(ipHash).text(userAgentHash).text(occasion).time(at));
    }

    /** Whether the customer was seen from the IP address (and browser, when given) between {@code from} and {@code to}. */
    public boolean seen(long customerId, String ipHash, String userAgentHash, Date from, Date to) {
        return Rows.first(em, "select count(*) from " + SIGHTING_TABLE + " where CUSTOMER_ID = ? and IP_HASH = ?"
                + (userAgentHash == null ? "" : " and UA_HASH = ?") + " and SEEN_AT >= ? and SEEN_AT <= ?", p -> {
                    p.id(customerId).text(ipHash);
                    if (userAgentHash != null) {
                        p.text(userAgentHash);
                    }
                    p.time(from).time(to);
                }, rs -> rs.getLong(1)) > 0;
    }

    /** Deletes the device sightings older than {@code before}; returns how many. */
    public int purgeSightings(Date before) {
        return Rows.update(em, "delete from " + SIGHTING_TABLE + " where SEEN_AT < ?", p -> p.time(before));
    }

    /** Records a followed link of the advocate's. */
    public void recordVisit(long advocateId, Date at) {
        long id = TableIds.next(em, "ReferralVisit");
        Rows.update(em, "insert into " + VISIT_TABLE + " (VISIT_ID, ADVOCATE_ID, VISITED_AT) values (?, ?, ?)",
                p -> p.id(id).id(advocateId).time(at));
    }

    // ------------------------------------------------------------------ invitation opt-outs

    /**
     * The addresses that asked for no more invitations: one row per normalized address ({@code EMAIL_KEY}) with
     * {@code OPTED_OUT_AT}. Plain SQL, no entity.
     */
    public static final String OPT_OUT_TABLE = "EVG_REFERRAL_INVITE_OPTOUT";

    /** Whether the normalized address {@code key} opted out of invitations. */
    public boolean optedOut(String key) {
        return Rows.first(em, "select 1 from " + OPT_OUT_TABLE + " where EMAIL_KEY = ?", p -> p.text(key), rs -> Boolean.TRUE) != null;
    }

    /** Records that the normalized address {@code key} opted out (it has not yet). */
    public void optOut(String key, Date at) {
        Rows.update(em, "insert into " + OPT_OUT_TABLE + " (EMAIL_KEY, OPTED_OUT_AT) values (?, ?)", p -> p.text(key).time(at));
    }

    // ------------------------------------------------------------------ wrong-code throttle

    /**
     * The wrong-code throttle's counters: the tries of one client or IP address ({@code SCOPE_KEY}, "c:&lt;hash&gt;"
     * for a client: session, else IP address and browser; "i:&lt;hash&gt;" for an IP address) in the window that started
     * at {@code WINDOW_START} ({@code TRIES}). One row per scope, incremented under its row lock, so every node counts
     * the same tries and two tries arriving at once are counted one after the other. Plain SQL, no entity.
     */
    public static final String THROTTLE_TABLE = "EVG_REFERRAL_THROTTLE";

    /** Creates the counter row of {@code key} (no tries yet) unless it exists. */
    public void ensureCounter(String key, Date now) {
        if (Rows.first(em, "select TRIES from " + THROTTLE_TABLE + " where SCOPE_KEY = ?", p -> p.text(key), rs -> rs.getInt(1)) == null) {
            Rows.update(em, "insert into " + THROTTLE_TABLE + " (SCOPE_KEY, WINDOW_START, TRIES) values (?, ?, 0)",
                    p -> p.text(key).time(now));
        }
    }

    /** Counts one try of {@code key} when its window started at or after {@code since}; returns the rows changed. */
    public int countTry(String key, Date since) {
        return Rows.update(em, "update " + THROTTLE_TABLE + " set TRIES = TRIES + 1 where SCOPE_KEY = ? and WINDOW_START >= ?",
                p -> p.text(key).time(since));
    }

    /** The tries counted for {@code key}. */
    public int tries(String key) {
        return Rows.first(em, "select TRIES from " + THROTTLE_TABLE + " where SCOPE_KEY = ?", p -> p.text(key), rs -> rs.getInt(1));
    }

    /** Starts a new window for {@code key} with one try. */
    public void restartWindow(String key, Date now) {
        Rows.update(em, "update " + THROTTLE_TABLE + " set TRIES = 1, WINDOW_START = ? where SCOPE_KEY = ?", p -> p.time(now).text(key));
    }

    /** Gives one try of {@code key} back. */
    public void refundTry(String key) {
        Rows.update(em, "update " + THROTTLE_TABLE + " set TRIES = TRIES - 1 where SCOPE_KEY = ? and TRIES > 0", p -> p.text(key));
    }

    /** Deletes the counters whose window started before {@code before}; returns how many. */
    public int purgeCounters(Date before) {
        return Rows.update(em, "delete from " + THROTTLE_TABLE + " where WINDOW_START < ?", p -> p.time(before));
    }
}
