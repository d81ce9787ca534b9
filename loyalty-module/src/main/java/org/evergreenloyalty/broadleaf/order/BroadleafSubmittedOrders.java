package org.evergreenloyalty.broadleaf.order;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.domain.OrderItemImpl;
import org.broadleafcommerce.core.order.domain.OrderItemPriceDetailImpl;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.evergreenloyalty.broadleaf.checkout.BroadleafOrderTranslator;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.SubmittedOrderSource;
import org.evergreenloyalty.support.Queries;

/**
 * {@link SubmittedOrderSource} on Broadleaf's order table: submitted orders without the module's processed record.
 * An order is read as stored, not from Broadleaf's second-level cache (which another node may hold stale): one at a
 * time through a refresh, or a worker's batch through {@link #loadAll}'s queries, one per collection the translation
 * reads (items, fulfillment groups, order adjustments, offer codes, the items' price details and their adjustments),
 * instead of one refresh and a load per collection, order and item.
 */
public class BroadleafSubmittedOrders implements SubmittedOrderSource {

    /** The order collections {@link #loadAll} reads for a whole batch. */
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
     * Reads the batch with the collections the translation needs (fresh: the worker calls it first in its
     * transaction, whose persistence context is empty), translates each order without its applied codes (the worker
     * has them from checkout's events), and clears the persistence context: the listeners then flush only the
     * module's own rows instead of walking every order graph of the batch.
     */
    @Override
    public Map<Long, CompletedOrder> loadAll(Collection<Long> orderIds) {
        Map<Long, CompletedOrder> loaded = new LinkedHashMap<Long, CompletedOrder>();
        if (orderIds.isEmpty()) {
            return loaded;
        }
        List<Long> ids = Queries.padded(orderIds); // one padded list for every query below
        List<OrderImpl> orders = null; // every query returns the batch's orders; the last list is used below
        for (String collection : FETCHED) {
            orders = em.createQuery("select distinct o from " + OrderImpl.class.getName() + " o left join fetch o." + collection
                    + " where o.id in (:ids)", OrderImpl.class).setParameter("ids", ids).getResultList();
        }
        // the items' price details and their adjustments, which the item amounts are computed from
        em.createQuery("select distinct i from " + OrderItemImpl.class.getName() + " i left join fetch i.orderItemPriceDetails "
                + "where i.order.id in (:ids)", OrderItemImpl.class).setParameter("ids", ids).getResultList();
        em.createQuery("select distinct d from " + OrderItemPriceDetailImpl.class.getName() + " d left join fetch "
                + "d.orderItemPriceDetailAdjustments where d.orderItem.order.id in (:ids)", OrderItemPriceDetailImpl.class)
                .setParameter("ids", ids).getResultList();
        for (Order order : orders) {
            if (isBookable(order)) {
                loaded.put(order.getId(), translator.translateWithoutCodes(order));
            }
        }
        em.clear();
        return loaded;
    }

    /** One query: which of the orders are still submitted orders of a customer. */
    @Override
    public java.util.Set<Long> placedAmong(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return new java.util.HashSet<Long>();
        }
        return new java.util.HashSet<Long>(em.createQuery("select o.id from " + OrderImpl.class.getName() + " o where o.id in (:ids)"
                + " and o.status = :submitted and o.customer is not null", Long.class).setParameter("ids", Queries.padded(orderIds))
                .setParameter("submitted", OrderStatus.SUBMITTED.getType()).getResultList());
    }

    @Override
    public CompletedOrder load(long orderId) {
        Order order = orderService.findOrderById(orderId, true);
        return isBookable(order) ? translator.translate(order) : null;
    }

    private static boolean isBookable(Order order) {
        return order != null && OrderStatus.SUBMITTED.equals(order.getStatus()) && order.getCustomer() != null;
    }
}
