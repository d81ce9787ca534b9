package org.evergreenloyalty.broadleaf.checkout;

import java.util.Map;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackFailureException;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;
import org.evergreenloyalty.order.OrderEventRecorder;

/**
 * Withdraws the order event of a checkout that failed in a step after the module's (nothing was placed).
 * Broadleaf 6 types rollback handlers by the whole process context ({@code RollbackHandler<ProcessContext<CheckoutSeed>>}).
 */
public class OrderEventRollbackHandler implements RollbackHandler<ProcessContext<CheckoutSeed>> {

    private final OrderEventRecorder events;

    public OrderEventRollbackHandler(OrderEventRecorder events) {
        this.events = events;
    }

    @Override
    public void rollbackState(Activity<ProcessContext<CheckoutSeed>> activity, ProcessContext<CheckoutSeed> processContext,
                              Map<String, Object> stateConfiguration) throws RollbackFailureException {
        Object orderId = stateConfiguration == null ? null : stateConfiguration.get(LoyaltyCheckoutActivity.ORDER_ID);
        if (orderId instanceof Long) {
            try {
                events.withdraw((Long) orderId);
            } catch (RuntimeException e) {
                throw new RollbackFailureException("Could not withdraw the order event of order " + orderId, e);
            }
        }
    }
}
