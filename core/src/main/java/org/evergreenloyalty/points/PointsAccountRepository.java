package org.evergreenloyalty.points;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.order.OrderEvent;

/**
 * The query of the account page: one customer's balances and the aggregates the database computes for them
 * (12-month earned points and spend, history size, points expiring soon and their first date, points held by
 * reservations, current tier, orders whose event the worker has not booked yet) in one statement, each over an
 * index of its table.
 */
public class PointsAccountRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /**
     * The customer's snapshot.
     *
     * @param since          start of the 12-month window of earned points and spend
     * @param expiringBefore points of open lots expiring before it count as expiring soon
     * @param now            reservations expiring after it hold points
     */
    public AccountSnapshot snapshot(long customerId, Date since, Date expiringBefore, Date now) {
        List<Object[]> rows = em.createQuery("select a.available, a.pending, a.lifetimeEarned, "
                + "(select coalesce(sum(e.earnedDelta), 0) from LedgerEntry e where e.customerId = a.customerId and e.createdAt >= :since), "
                + "(select coalesce(sum(o.earnBase - o.returnedAmount), 0) from OrderPoints o where o.customerId = a.customerId "
                + "and o.cancelled = false and o.submittedAt >= :since), "
                + "(select count(n.id) from LedgerEntry n where n.customerId = a.customerId), "
                + "(select coalesce(sum(l.remainingPoints), 0) from PointLot l where l.customerId = a.customerId "
                + "and l.remainingPoints > 0 and l.expiresAt < :horizon), "
                + "(select min(f.expiresAt) from PointLot f where f.customerId = a.customerId "
                + "and f.remainingPoints > 0 and f.expiresAt < :horizon), "
                + "(select coalesce(sum(r.points), 0) from PointsReservation r where r.customerId = a.customerId "
                + "and r.status = :active and r.expiresAt > :now), "
                + "(select t.tierId from CustomerTier t where t.customerId = a.customerId), "
                + "(select count(v.orderId) from OrderEvent v where v.customerId = a.customerId and v.status = :waiting) "
                + "from LoyaltyAccount a where a.customerId = :c", Object[].class)
                .setParameter("c", customerId).setParameter("since", since).setParameter("horizon", expiringBefore)
                .setParameter("active", ReservationStatus.ACTIVE).setParameter("now", now)
                .setParameter("waiting", OrderEvent.Status.PENDING).getResultList();
        if (rows.isEmpty()) {
            List<Long> tier = em.createQuery("select t.tierId from CustomerTier t where t.customerId = :c", Long.class)
                    .setParameter("c", customerId).getResultList();
            Long waiting = em.createQuery("select count(v.orderId) from OrderEvent v where v.customerId = :c and v.status = :waiting",
                    Long.class).setParameter("c", customerId).setParameter("waiting", OrderEvent.Status.PENDING).getSingleResult();
            return AccountSnapshot.empty(tier.isEmpty() ? null : tier.get(0)).withOrdersBeingBooked(waiting == null ? 0 : waiting);
        }
        Object[] r = rows.get(0);
        return new AccountSnapshot(AccountSnapshot.longOf(r[0]), AccountSnapshot.longOf(r[1]), AccountSnapshot.longOf(r[2]),
                AccountSnapshot.longOf(r[3]), AccountSnapshot.longOf(r[4]), AccountSnapshot.longOf(r[5]),
                AccountSnapshot.longOf(r[6]), (Date) r[7], AccountSnapshot.longOf(r[8]), r[9] == null ? null : ((Number) r[9]).longValue())
                .withOrdersBeingBooked(AccountSnapshot.longOf(r[10]));
    }
}
