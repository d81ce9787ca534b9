package org.evergreenloyalty.broadleaf.order;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.evergreenloyalty.broadleaf.checkout.BroadleafOrderTranslator;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.SubmittedOrderSource;
import org.evergreenloyalty.support.NoOpTransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link SubmittedOrderSource} on Broadleaf's order table: submitted orders without the module's processed record.
 * An order is read as stored, not from Broadleaf's second-level cache (which another node may hold stale): one at a
 * time through a refresh, or a worker's batch through {@link #prefetch}'s queries, one per collection the translation
 * reads (items, fulfillment groups, order adjustments, offer codes), instead of one refresh and four loads per order.
 */
public class BroadleafSubmittedOrders implements SubmittedOrderSource {

    /** The order collections {@link #prefetch} reads for a whole batch. */
    private static final String[] FETCHED = {"orderItems", "fulfillmentGroups", "orderAdjustments", "addedOfferCodes"};

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final OrderService orderService;
    private final BroadleafOrderTranslator translator;

    public BroadleafSubmittedOrders(OrderService orderService, BroadleafOrderTranslator translator) {
        this.orderService = orderService;
        this.translator = translator;
    }

    @Override
    public List<Long> unprocessed(Date from, Date to, long afterId, int max) {
        return em.createQuery("select o.id from " + Order.class.getName() + " o where o.status = :submitted "
                + "and o.submitDate >= :from and o.submitDate < :to and o.id > :after and not exists "
                + "(select p.orderId from ProcessedOrderRecord p where p.orderId = o.id) order by o.id", Long.class)
                .setParameter("submitted", OrderStatus.SUBMITTED.getType()).setParameter("from", from)
                .setParameter("to", to).setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /**
     * Reads the orders with the collections the translation needs into the running transaction's persistence context
     * (fresh: the worker's transaction starts with an empty one), and notes them as read for this transaction only.
     */
    @Override
    public void prefetch(Collection<Long> orderIds) {
        if (orderIds.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        List<Long> ids = new ArrayList<Long>(orderIds);
        for (String collection : FETCHED) {
            em.createQuery("select distinct o from " + OrderImpl.class.getName() + " o left join fetch o." + collection
                    + " where o.id in (:ids)", OrderImpl.class).setParameter("ids", ids).getResultList();
        }
        Set<Long> read = readInThisTransaction(true);
        if (read != null) { // null inside a nested transaction of a prefetching one: its loads refresh instead
            read.addAll(ids);
        }
    }

    @Override
    public CompletedOrder load(long orderId) {
        Set<Long> read = readInThisTransaction(false);
        Order order = read != null && read.contains(orderId) ? orderService.findOrderById(orderId)
                : orderService.findOrderById(orderId, true);
        if (order == null || !OrderStatus.SUBMITTED.equals(order.getStatus()) || order.getCustomer() == null) {
            return null;
        }
        return translator.translate(order);
    }

    /**
     * The ids {@link #prefetch} read into the running transaction's persistence context (created when {@code create};
     * else null if none): kept with that context's session, so a nested transaction with a context of its own finds none.
     */
    private Set<Long> readInThisTransaction(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object session = em.getDelegate();
        Read read = (Read) TransactionSynchronizationManager.getResource(this);
        if (read != null && read.session == session) {
            return read.ids;
        }
        if (read != null || !create) {
            return null;
        }
        Read fresh = new Read(session);
        TransactionSynchronizationManager.bindResource(this, fresh);
        TransactionSynchronizationManager.registerSynchronization(new NoOpTransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(BroadleafSubmittedOrders.this);
            }
        });
        return fresh.ids;
    }

    /** The orders prefetched into one persistence context. */
    private static final class Read {
        final Object session;
        final Set<Long> ids = new HashSet<Long>();

        Read(Object session) {
            this.session = session;
        }
    }
}
