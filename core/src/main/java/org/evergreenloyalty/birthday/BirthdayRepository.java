package org.evergreenloyalty.birthday;

import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.evergreenloyalty.support.Queries;
import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.support.TableIds;

/**
 * The queries of birthdays: stored birthdays by month-day (the job's window, the admin's upcoming list), the change
 * log, rewards by customer, year and code, the admin's reward list and year figures, and the reward e-mails to send
 * or claim. Callers bring the transaction.
 */
public class BirthdayRepository {

    private static final List<MailStatus> OPEN_MAIL = Arrays.asList(MailStatus.PENDING, MailStatus.FAILED);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    // ------------------------------------------------------------------ birthdays

    /** Birthdays from month-day {@code from} to {@code to} (month × 100 + day), in calendar order, one page. */
    public List<CustomerBirthday> between(int from, int to, int offset, int max) {
        return em.createQuery("select b from CustomerBirthday b where b.monthDay >= :from and b.monthDay <= :to "
                + "order by b.monthDay, b.customerId", CustomerBirthday.class)
                .setParameter("from", from).setParameter("to", to).setFirstResult(offset).setMaxResults(max).getResultList();
    }

    /** The next page of birthdays in the window (which may wrap the year end) after {@code afterCustomerId}, in customer order. */
    public List<CustomerBirthday> inWindow(MonthDayWindow window, long afterCustomerId, int max) {
        String range = window.wraps() ? "(b.monthDay >= :from or b.monthDay <= :to)" : "(b.monthDay >= :from and b.monthDay <= :to)";
        return em.createQuery("select b from CustomerBirthday b where " + range + " and b.customerId > :after order by b.customerId",
                CustomerBirthday.class).setParameter("from", window.getFrom()).setParameter("to", window.getTo())
                .setParameter("after", afterCustomerId).setMaxResults(max).getResultList();
    }

    /** The table of the birthday changes ({@link BirthdayChange}). */
    public static final String CHANGE_TABLE = "EVG_BIRTHDAY_CHANGE";
    private static final String CHANGE_COLUMNS = "CHANGE_ID, CUSTOMER_ID, OLD_VALUE, NEW_VALUE, SOURCE, ACTOR, REASON, CHANGED_AT";

    /** The customer's birthday changes, newest first. */
    public List<BirthdayChange> changesOf(long customerId) {
        return Rows.list(em, "select " + CHANGE_COLUMNS + " from " + CHANGE_TABLE + " where CUSTOMER_ID = ? "
                + "order by CHANGED_AT desc, CHANGE_ID desc", p -> p.id(customerId), rs -> new BirthdayChange(rs.getLong(1),
                rs.getLong(2), rs.getString(3), rs.getString(4), ChangeSource.valueOf(rs.getString(5)), rs.getString(6),
                rs.getString(7), Rows.time(rs, 8)));
    }

    /** Records {@code c}. */
    public void addChange(BirthdayChange c) {
        long id = TableIds.next(em, "BirthdayChange");
        Rows.update(em, "insert into " + CHANGE_TABLE + " (" + CHANGE_COLUMNS + ") values (" + Rows.marks(8) + ")", p -> p.id(id)
                .id(c.getCustomerId()).text(c.oldText()).text(c.newText()).text(c.getSource().name()).text(c.getActor())
                .text(c.getReason()).time(c.getChangedAt()));
    }

    // ------------------------------------------------------------------ rewards

    /** The customer's reward of {@code year}, or null. */
    public BirthdayReward rewardOf(long customerId, int year) {
        return Queries.first(em.createQuery("select r from BirthdayReward r where r.customerId = :c and r.year = :y", BirthdayReward.class)
                .setParameter("c", customerId).setParameter("y", year));
    }

    /** The id of the customer's reward of {@code year}, or null. */
    public Long rewardIdOf(long customerId, int year) {
        return Queries.first(em.createQuery("select r.id from BirthdayReward r where r.customerId = :c and r.year = :y", Long.class)
                .setParameter("c", customerId).setParameter("y", year));
    }

    /** The rewards these customers have, by "customer:year". */
    public Map<String, Long> rewardIdsByCustomerYear(Collection<Long> customerIds) {
        Map<String, Long> issued = new HashMap<String, Long>();
        if (!customerIds.isEmpty()) {
            for (Object[] row : em.createQuery("select r.customerId, r.year, r.id from BirthdayReward r where r.customerId in :c",
                    Object[].class).setParameter("c", Queries.padded(customerIds)).getResultList()) {
                issued.put(row[0] + ":" + row[1], (Long) row[2]);
            }
        }
        return issued;
    }

    /** The customer's rewards, newest year first. */
    public List<BirthdayReward> rewardsOf(long customerId) {
        return em.createQuery("select r from BirthdayReward r where r.customerId = :c order by r.year desc", BirthdayReward.class)
                .setParameter("c", customerId).getResultList();
    }

    /** The reward whose code is {@code code}, or null. */
    public BirthdayReward byCode(String code) {
        return Queries.first(em.createQuery("select r from BirthdayReward r where r.code = :c", BirthdayReward.class)
                .setParameter("c", code));
    }

    /** Unused codes whose validity ended in ({@code since}, {@code now}], soonest first: code and valid-until. */
    public List<Object[]> codesEndedUnused(Date since, Date now, int max) {
        return em.createQuery("select r.code, r.validUntil from BirthdayReward r where r.code is not null and r.usedAt is null "
                + "and r.validUntil > :since and r.validUntil <= :now order by r.validUntil", Object[].class)
                .setParameter("since", since).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** One page of the rewards of {@code year} (all when null) in {@code status} (all when null) at {@code now}, newest first. */
    public List<BirthdayReward> rewards(Integer year, RewardStatus status, Date now, int first, int size) {
        TypedQuery<BirthdayReward> list = em.createQuery("select r from BirthdayReward r" + where(year, status)
                + " order by r.issuedAt desc, r.id desc", BirthdayReward.class);
        return bind(list, year, status, now).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many rewards {@link #rewards} selects. */
    public long countRewards(Integer year, RewardStatus status, Date now) {
        return bind(em.createQuery("select count(r) from BirthdayReward r" + where(year, status), Long.class), year, status, now)
                .getSingleResult();
    }

    private static String where(Integer year, RewardStatus status) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (year != null) {
            where.append(" and r.year = :year");
        }
        if (status == RewardStatus.USED) {
            where.append(" and r.usedAt is not null");
        } else if (status == RewardStatus.EXPIRED) {
            where.append(" and r.usedAt is null and r.validUntil is not null and r.validUntil < :now");
        } else if (status == RewardStatus.ISSUED) {
            where.append(" and r.usedAt is null and (r.validUntil is null or r.validUntil >= :now)");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, Integer year, RewardStatus status, Date now) {
        if (year != null) {
            q.setParameter("year", year);
        }
        if (status == RewardStatus.EXPIRED || status == RewardStatus.ISSUED) {
            q.setParameter("now", now);
        }
        return q;
    }

    /** The figures of {@code year} at {@code now}: rewards, with a code, codes used, codes expired unused, bonus points. */
    public Object[] yearFigures(int year, Date now) {
        return em.createQuery("select count(r), "
                + "sum(case when r.code is not null then 1 else 0 end), "
                + "sum(case when r.code is not null and r.usedAt is not null then 1 else 0 end), "
                + "sum(case when r.code is not null and r.usedAt is null and r.validUntil < :now then 1 else 0 end), "
                + "sum(r.bonusPoints) from BirthdayReward r where r.year = :y", Object[].class)
                .setParameter("y", year).setParameter("now", now).getSingleResult();
    }

    // ------------------------------------------------------------------ reward e-mails

    /**
     * Rewards whose e-mail is to be sent or tried again: pending, failed, or claimed before {@code stale}, tried fewer than
     * {@code maxAttempts} times, and never one whose code can no longer be used nor a points-only one issued before {@code since}.
     */
    public List<Long> mailsDue(Date now, Date since, Date stale, int maxAttempts, int max) {
        return em.createQuery("select r.id from BirthdayReward r where r.mailAttempts < :max and (r.mailStatus in (:open) "
                + "or (r.mailStatus = :sending and r.mailClaimedAt < :stale)) "
                + "and ((r.validUntil is not null and r.validUntil > :now) or (r.validUntil is null and r.issuedAt > :since)) "
                + "order by r.id", Long.class)
                .setParameter("now", now).setParameter("since", since).setParameter("max", maxAttempts).setParameter("open", OPEN_MAIL)
                .setParameter("sending", MailStatus.SENDING).setParameter("stale", stale).setMaxResults(max).getResultList();
    }

    /**
     * Marks the reward's e-mail SENDING; unless {@code force}, only when it is open or its claim is older than {@code stale}
     * and it was tried fewer than {@code maxAttempts} times. Returns the rows changed.
     */
    public int claimMail(long rewardId, Date now, boolean force, int maxAttempts, Date stale) {
        String where = force ? "r.id = :id" : "r.id = :id and r.mailAttempts < :max and (r.mailStatus in (:open) "
                + "or (r.mailStatus = :sending and r.mailClaimedAt < :stale))";
        Query q = em.createQuery("update BirthdayReward r set r.mailStatus = :sending, r.mailClaimedAt = :now, "
                + "r.mailAttempts = r.mailAttempts + 1 where " + where)
                .setParameter("id", rewardId).setParameter("sending", MailStatus.SENDING).setParameter("now", now);
        if (!force) {
            q.setParameter("max", maxAttempts).setParameter("open", OPEN_MAIL).setParameter("stale", stale);
        }
        return q.executeUpdate();
    }
}
