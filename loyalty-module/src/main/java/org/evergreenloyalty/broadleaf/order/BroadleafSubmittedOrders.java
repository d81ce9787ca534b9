package org.evergreenloyalty.broadleaf.order;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.evergreenloyalty.broadleaf.checkout.BroadleafOrderTranslator;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.SubmittedOrderSource;

/** {@link SubmittedOrderSource} on Broadleaf's order table: submitted orders without the module's processed record. */
public class BroadleafSubmittedOrders implements SubmittedOrderSource {

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

    @Override
    public CompletedOrder load(long orderId) {
        Order order = orderService.findOrderById(orderId, true);
        if (order == null || !OrderStatus.SUBMITTED.equals(order.getStatus()) || order.getCustomer() == null) {
            return null;
        }
        return translator.translate(order);
    }
}
