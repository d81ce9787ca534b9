package org.evergreenloyalty.broadleaf.order;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderPersistedEvent;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.evergreenloyalty.points.PointsReversalService;
import org.springframework.context.ApplicationListener;

/**
 * Watches every persisted order; when one becomes CANCELLED its points are reversed (once: the reversal
 * service ignores repeats).
 */
public class OrderCancellationListener implements ApplicationListener<OrderPersistedEvent> {

    private final PointsReversalService reversal;

    public OrderCancellationListener(PointsReversalService reversal) {
        this.reversal = reversal;
    }

    @Override
    public void onApplicationEvent(OrderPersistedEvent event) {
        Order order = event.getOrder();
        if (order != null && order.getId() != null && OrderStatus.CANCELLED.equals(order.getStatus())) {
            reversal.orderCancelled(order.getId());
        }
    }
}
