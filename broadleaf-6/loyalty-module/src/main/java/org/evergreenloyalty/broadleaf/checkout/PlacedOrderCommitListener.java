package org.evergreenloyalty.broadleaf.checkout;

import java.util.LinkedHashMap;
import java.util.Map;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderPersistedEvent;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.evergreenloyalty.order.OrderEventRecorder;
import org.springframework.context.ApplicationListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Broadleaf publishes {@link OrderPersistedEvent} after the commit that wrote an order: when a SUBMITTED order's
 * commit also carried the module's order event, the worker is woken for it.
 *
 * <p>Broadleaf 6 publishes it from the transaction's after-completion callback, where Spring 5 still has the finished
 * transaction's EntityManager and JDBC connection bound to the thread; a worker running in this thread (no worker
 * threads) would meet them ("Pre-bound JDBC Connection found"). They are lent out while the worker is woken.
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
            withFinishedTransactionLentOut(() -> events.orderCommitted(order.getId()));
        }
    }

    /** Runs {@code work} with the resources of a completed transaction unbound, when this is its after-completion phase. */
    static void withFinishedTransactionLentOut(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            work.run();
            return;
        }
        Map<Object, Object> held = new LinkedHashMap<>(TransactionSynchronizationManager.getResourceMap());
        held.keySet().forEach(TransactionSynchronizationManager::unbindResource);
        boolean active = TransactionSynchronizationManager.isActualTransactionActive();
        TransactionSynchronizationManager.setActualTransactionActive(false);
        try {
            work.run();
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(active);
            held.forEach(TransactionSynchronizationManager::bindResource);
        }
    }
}
