package org.evergreenloyalty.broadleaf.checkout;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderPersistedEvent;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.evergreenloyalty.order.OrderEventRecorder;
import org.springframework.context.ApplicationListener;

/**
 * Broadleaf publishes {@link OrderPersistedEvent} after the commit that wrote an order: when a SUBMITTED order's
 * commit also carried the module's order event, the worker is woken for it.
 */
public class PlacedOrderCommitListener implements ApplicationListener<OrderPersistedEvent> {

    private final OrderEventRecorder events;

    public PlacedOrderCommitListener(OrderEventRecorder events) {
        this.events = events;
    }

    @Override
    public void onApplicationEvent(OrderPersistedEvent event) {
        Order order = event.getOrder();
        if (order != null && order.getId() != null && OrderStatus.SUBMITTED.equals(order.getStatus())) {
            events.orderCommitted(order.getId());
        }
    }
}
