package org.evergreenloyalty.lifecycle;

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

import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LoyaltyAccount;
import org.evergreenloyalty.points.OrderPoints;
import org.evergreenloyalty.support.Queries;
import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.support.TableIds;

/** The queries of the lifecycle e-mails: lapsed customers (from the module's order records) and the e-mails decided. */
public class LifecycleRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** A customer and the time of their last placed (not cancelled) order. */
    public static final class Lapsed {
        public final long customerId;
        public final Date lastOrderAt;

        public Lapsed(long customerId, Date lastOrderAt) {
            this.customerId = customerId;
            this.lastOrderAt = lastOrderAt;
        }
    }

    /**
     * Customers after {@code afterCustomerId} (keyset, in id order, at most {@code limit}) whose last order was placed
     * before {@code before} and not before {@code notBefore}.
     */
    public List<Lapsed> lapsed(Date before, Date notBefore, long afterCustomerId, int limit) {
        List<Object[]> rows = em.createQuery("select o.customerId, max(o.submittedAt) from " + OrderPoints.class.getName()
                + " o where o.cancelled = false and o.customerId > :after group by o.customerId"
                + " having max(o.submittedAt) < :before and max(o.submittedAt) >= :notBefore order by o.customerId", Object[].class)
                .setParameter("after", afterCustomerId).setParameter("before", before).setParameter("notBefore", notBefore)
                .setMaxResults(limit).getResultList();
        List<Lapsed> out = new ArrayList<Lapsed>();
        rows.forEach(r -> out.add(new Lapsed((Long) r[0], (Date) r[1])));
        return out;
    }

    /**
     * Loyalty accounts after {@code afterCustomerId} (keyset, at most {@code limit}) opened on {@code month}/{@code day}
     * (as stored) before {@code openedBefore}: customer id and opening time.
     */
    public List<Object[]> openedOn(int month, int day, Date openedBefore, long afterCustomerId, int limit) {
        return em.createQuery("select a.customerId, a.createdAt from " + LoyaltyAccount.class.getName()
                + " a where month(a.createdAt) = :m and day(a.createdAt) = :d and a.createdAt < :before and a.customerId > :after"
                + " order by a.customerId", Object[].class)
                .setParameter("m", month).setParameter("d", day).setParameter("before", openedBefore)
                .setParameter("after", afterCustomerId).setMaxResults(limit).getResultList();
    }

    /**
     * The statement rows of accounts after {@code afterCustomerId} (keyset, at most {@code limit}) with a balance or with
     * entries in [{@code from}, {@code to}): customer id, available balance, points in and points out in the month.
     */
    public List<Object[]> statementRows(Date from, Date to, long afterCustomerId, int limit) {
        String entries = " from " + LedgerEntry.class.getName() + " e where e.customerId = a.customerId and e.createdAt >= :from"
                + " and e.createdAt < :to";
        return em.createQuery("select a.customerId, a.available,"
                + " (select coalesce(sum(e.availableDelta), 0)" + entries + " and e.availableDelta > 0),"
                + " (select coalesce(sum(e.availableDelta), 0)" + entries + " and e.availableDelta < 0)"
                + " from " + LoyaltyAccount.class.getName() + " a where a.customerId > :after"
                + " and (a.available > 0 or exists (select e.id" + entries + ")) order by a.customerId", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("after", afterCustomerId)
                .setMaxResults(limit).getResultList();
    }

    /** The table of the decided e-mails ({@link LifecycleMail}). */
    public static final String MAIL_TABLE = "EVG_LIFECYCLE_MAIL";
    private static final String MAIL_COLUMNS = "CUSTOMER_ID, KIND, REF_TIME, BONUS_POINTS, CREATED_AT";

    /** Per customer of {@code customerIds}: the reference times of the e-mails of {@code kind} already decided. */
    public Map<Long, Set<Long>> decided(LifecycleKind kind, Collection<Long> customerIds) {
        Map<Long, Set<Long>> out = new HashMap<Long, Set<Long>>();
        if (customerIds.isEmpty()) {
            return out;
        }
        List<Long> ids = Queries.padded(customerIds);
        Rows.each(em, "select CUSTOMER_ID, REF_TIME from " + MAIL_TABLE + " where KIND = ? and CUSTOMER_ID in ("
                + Rows.marks(ids.size()) + ")", p -> {
                    p.text(kind.name());
                    for (Long id : ids) {
                        p.id(id);
                    }
                }, rs -> out.computeIfAbsent(rs.getLong(1), k -> new HashSet<Long>()).add(rs.getTimestamp(2).getTime()));
        return out;
    }

    /** Whether the e-mail of {@code kind} for {@code customerId} and {@code refTime} was decided. */
    public boolean exists(long customerId, LifecycleKind kind, Date refTime) {
        return Rows.first(em, "select count(*) from " + MAIL_TABLE + " where CUSTOMER_ID = ? and KIND = ? and REF_TIME = ?",
                p -> p.id(customerId).text(kind.name()).time(refTime), rs -> rs.getLong(1)) > 0;
    }

    /** The lifecycle e-mails of {@code customerId}, oldest first. */
    public List<LifecycleMail> ofCustomer(long customerId) {
        return Rows.list(em, "select " + MAIL_COLUMNS + " from " + MAIL_TABLE + " where CUSTOMER_ID = ? order by LIFECYCLE_MAIL_ID",
                p -> p.id(customerId), rs -> new LifecycleMail(rs.getLong(1), LifecycleKind.valueOf(rs.getString(2)),
                        Rows.time(rs, 3), rs.getLong(4), Rows.time(rs, 5)));
    }

    /** Records a decided e-mail (in the caller's transaction; a second decision of the same key fails on the unique key). */
    public void add(LifecycleMail m) {
        long id = TableIds.next(em, "LifecycleMail");
        Rows.update(em, "insert into " + MAIL_TABLE + " (LIFECYCLE_MAIL_ID, " + MAIL_COLUMNS + ") values (?, ?, ?, ?, ?, ?)",
                p -> p.id(id).id(m.getCustomerId()).text(m.getKind().name()).time(m.getRefTime()).id(m.getBonusPoints())
                        .time(m.getCreatedAt()));
    }
}
