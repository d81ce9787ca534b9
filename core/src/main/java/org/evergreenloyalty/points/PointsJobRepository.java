package org.evergreenloyalty.points;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.PersistenceContexts;
import org.evergreenloyalty.support.Queries;

/**
 * The queries of the points jobs, set-based and paged by key: due orders of the maturation job (locked for
 * the page's transaction, marked matured in one statement) and the lots the "expiring soon" reminder covers.
 * Each query is served by an index: {@code EVG_ORDER_POINTS_DUE_IDX (MATURED, MATURE_AT)} and
 * {@code EVG_LOT_EXPIRES_IDX (EXPIRES_AT)}.
 */
public class PointsJobRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /**
     * Up to {@code max} orders whose points are due at {@code now} and come after ({@code afterAt}, {@code afterId})
     * in (mature time, order id) order, locked until the transaction ends.
     */
    public List<OrderPoints> lockDueOrders(Date now, Date afterAt, long afterId, int max) {
        PersistenceContexts.detachAll(em, OrderPoints.class); // the page is changed by a bulk statement
        return em.createQuery("select o from OrderPoints o where o.matured = false and o.cancelled = false "
                + "and o.matureAt <= :now and (o.matureAt > :at or (o.matureAt = :at and o.orderId > :id)) "
                + "order by o.matureAt, o.orderId", OrderPoints.class)
                .setParameter("now", now).setParameter("at", afterAt).setParameter("id", afterId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(max).getResultList();
    }

    /** Marks {@code orderIds} matured in one statement; returns how many rows it changed. */
    public int markMatured(Collection<Long> orderIds) {
        return em.createQuery("update OrderPoints o set o.matured = true, o.version = o.version + 1 "
                + "where o.orderId in :ids and o.matured = false")
                .setParameter("ids", Queries.padded(orderIds)).executeUpdate();
    }

    /** Up to {@code max} customers after {@code afterCustomerId} with open, unreminded lots expiring in (now, horizon). */
    public List<Long> customersToRemind(Date now, Date horizon, long afterCustomerId, int max) {
        return em.createQuery("select distinct l.customerId from PointLot l where l.remainingPoints > 0 "
                + "and l.reminderSent = false and l.expiresAt > :now and l.expiresAt < :h and l.customerId > :after "
                + "order by l.customerId", Long.class)
                .setParameter("now", now).setParameter("h", horizon).setParameter("after", afterCustomerId)
                .setMaxResults(max).getResultList();
    }

    /** Per customer of {@code customerIds}: [customer id, points, earliest expiry] of their lots to remind about. */
    public List<Object[]> pointsToRemind(Collection<Long> customerIds, Date now, Date horizon) {
        return em.createQuery("select l.customerId, sum(l.remainingPoints), min(l.expiresAt) from PointLot l "
                + "where l.customerId in :c and l.remainingPoints > 0 and l.reminderSent = false "
                + "and l.expiresAt > :now and l.expiresAt < :h group by l.customerId order by l.customerId", Object[].class)
                .setParameter("c", Queries.padded(customerIds)).setParameter("now", now).setParameter("h", horizon).getResultList();
    }

    /** Marks the lots {@link #pointsToRemind} summed as reminded. */
    public int markReminded(Collection<Long> customerIds, Date now, Date horizon) {
        return em.createQuery("update PointLot l set l.reminderSent = true where l.customerId in :c "
                + "and l.remainingPoints > 0 and l.reminderSent = false and l.expiresAt > :now and l.expiresAt < :h")
                .setParameter("c", Queries.padded(customerIds)).setParameter("now", now).setParameter("h", horizon).executeUpdate();
    }
}
