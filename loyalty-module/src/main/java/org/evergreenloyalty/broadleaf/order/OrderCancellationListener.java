package org.evergreenloyalty.broadleaf.order;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderPersistedEvent;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.evergreenloyalty.order.OrderCancellationHandler;
import org.springframework.context.ApplicationListener;

/**
 * Watches every persisted order (Broadleaf publishes the event after commit); when one is CANCELLED every
 * {@link OrderCancellationHandler} hears of it. Handlers ignore repeats, so saving a cancelled order again
 * reverses nothing twice. One failing handler does not keep the others from running.
 */
public class OrderCancellationListener implements ApplicationListener<OrderPersistedEvent> {

    private static final Log LOG = LogFactory.getLog(OrderCancellationListener.class);

    private final List<OrderCancellationHandler> handlers = new ArrayList<OrderCancellationHandler>();

    public OrderCancellationListener(List<OrderCancellationHandler> handlers) {
        this.handlers.addAll(handlers);
    }

    /** Adds a handler (features register themselves from their own XML). */
    public void addHandler(OrderCancellationHandler handler) {
        handlers.add(handler);
    }

    @Override
    public void onApplicationEvent(OrderPersistedEvent event) {
        Order order = event.getOrder();
        if (order == null || order.getId() == null || !OrderStatus.CANCELLED.equals(order.getStatus())) {
            return;
        }
        RuntimeException first = null;
        for (OrderCancellationHandler h : handlers) {
            try {
                h.orderCancelled(order.getId());
            } catch (RuntimeException e) {
                LOG.error("Cancellation of order " + order.getId() + " failed in " + h.getClass().getSimpleName(), e);
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
