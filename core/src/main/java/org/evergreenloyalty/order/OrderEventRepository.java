package org.evergreenloyalty.order;

import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.JdbcBatch;
import org.evergreenloyalty.support.Queries;

/**
 * The queries of order events (find, claim, the claimed batch, a customer's pending ones, delete once booked) and of
 * the processed records the worker writes for them. Callers bring the transaction.
 */
public class OrderEventRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The event of {@code orderId}, or null. */
    public OrderEvent find(long orderId) {
        return em.find(OrderEvent.class, orderId);
    }

    /** Stores a new event (written to the database with the caller's next flush). */
    public void add(OrderEvent event) {
        em.persist(event);
    }

    /**
     * Stores a new event in {@code requestEntityManager}, the open-in-view EntityManager of a request that runs no
     * transaction: Spring 4.1 and later refuse {@code persist} through the shared EntityManager there, so the event
     * goes straight into the request's; the platform's next commit of that EntityManager writes it.
     */
    public void addTo(EntityManager requestEntityManager, OrderEvent event) {
        requestEntityManager.persist(event);
    }

    /**
     * Writes the processed records of {@code orders} with multi-row inserts, none looked for first: the primary key
     * refuses a second record of an order, and with it the caller's transaction.
     */
    public void insertProcessed(List<CompletedOrder> orders, Date now) {
        List<ProcessedOrderRecord> rows = new java.util.ArrayList<ProcessedOrderRecord>();
        orders.forEach(o -> rows.add(new ProcessedOrderRecord(o.getOrderId(), o.getCustomerId(), o.getOrderNumber(), now, o.isRecovered())));
        JdbcBatch.insert(em, "EVG_PROCESSED_ORDER (ORDER_ID, CUSTOMER_ID, ORDER_NUMBER, PROCESSED_AT, RECOVERED)", 5, rows,
                (p, r) -> p.id(r.getOrderId()).id(r.getCustomerId()).text(r.getOrderNumber()).time(r.getProcessedAt()).flag(r.isRecovered()));
    }

    /** Deletes {@code event}. */
    public void remove(OrderEvent event) {
        em.remove(event);
    }

    /** Ids of pending events no worker holds at {@code now}, oldest order first, at most {@code max}. */
    public List<Long> due(Date now, int max) {
        return em.createQuery("select e.orderId from OrderEvent e where e.status = :pending "
                + "and (e.claimedUntil is null or e.claimedUntil < :now) order by e.orderId", Long.class)
                .setParameter("pending", OrderEvent.Status.PENDING).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    /** Ids of the pending events of {@code customerIds} (at most 500 customers). */
    public List<Long> pendingOf(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Collections.emptyList();
        }
        return em.createQuery("select e.orderId from OrderEvent e where e.customerId in (:c) and e.status = :pending "
                + "order by e.orderId", Long.class)
                .setParameter("c", Queries.padded(customerIds)).setParameter("pending", OrderEvent.Status.PENDING).getResultList();
    }

    /** How many pending events of {@code customerIds} a worker holds at {@code now} (a live claim, not a retry's backoff). */
    public long heldOf(Collection<Long> customerIds, Date now) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(e.orderId) from OrderEvent e where e.customerId in (:c) and e.status = :pending "
                + "and e.claimToken is not null and e.claimedUntil > :now", Long.class)
                .setParameter("c", Queries.padded(customerIds)).setParameter("pending", OrderEvent.Status.PENDING).setParameter("now", now)
                .getSingleResult();
    }

    /**
     * Claims those of {@code orderIds} that are still pending and free at {@code now} for {@code token} until
     * {@code until}, in one conditional update: the database's row locks let only one worker win each event.
     *
     * @return how many it claimed
     */
    public int claim(Collection<Long> orderIds, String token, Date now, Date until) {
        if (orderIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("update OrderEvent e set e.claimToken = :token, e.claimedUntil = :until, e.attempts = e.attempts + 1 "
                + "where e.orderId in (:ids) and e.status = :pending and (e.claimedUntil is null or e.claimedUntil < :now)")
                .setParameter("token", token).setParameter("until", until).setParameter("ids", Queries.padded(orderIds))
                .setParameter("pending", OrderEvent.Status.PENDING).setParameter("now", now).executeUpdate();
    }

    /** Those of {@code orderIds} that have a processed record already, in one query. */
    public Set<Long> processedAmong(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Collections.emptySet();
        }
        return new HashSet<Long>(em.createQuery("select p.orderId from ProcessedOrderRecord p where p.orderId in (:ids)",
                Long.class).setParameter("ids", Queries.padded(orderIds)).getResultList());
    }

    /**
     * Deletes the events of {@code orderIds} that {@code token} holds, in one statement: a booked order's event has
     * served its purpose (its processed record remains). A delete writes no new row version and no index entry,
     * where marking the event done wrote both, and the table keeps only the orders that wait.
     */
    public void finish(Collection<Long> orderIds, String token) {
        if (orderIds.isEmpty()) {
            return;
        }
        em.createQuery("delete from OrderEvent e where e.orderId in (:ids) and e.claimToken = :token")
                .setParameter("ids", Queries.padded(orderIds)).setParameter("token", token).executeUpdate();
    }

    /**
     * Writes what the running transaction changed so far and empties its persistence context (a worker between two
     * orders of a batch): Hibernate checks every managed entity at each flush, and before each query.
     */
    public void flushAndDetach() {
        em.flush();
        em.clear();
    }

    /**
     * Those of the events of {@code orderIds} that {@code token} claimed, by order id (found by their keys: the claim
     * token has no index, so that claiming an event changes no indexed column).
     */
    public List<OrderEvent> claimed(Collection<Long> orderIds, String token) {
        if (token == null || orderIds.isEmpty()) {
            return Collections.emptyList();
        }
        return em.createQuery("select e from OrderEvent e where e.orderId in (:ids) and e.claimToken = :token order by e.orderId",
                OrderEvent.class).setParameter("ids", Queries.padded(orderIds)).setParameter("token", token).getResultList();
    }
}
