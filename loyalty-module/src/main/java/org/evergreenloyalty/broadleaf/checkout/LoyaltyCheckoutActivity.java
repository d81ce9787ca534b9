package org.evergreenloyalty.broadleaf.checkout;

import java.util.HashMap;
import java.util.Map;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;
import org.evergreenloyalty.order.OrderEventRecorder;
import org.evergreenloyalty.referral.CurrentVisitor;
import org.evergreenloyalty.referral.Visitor;
import org.evergreenloyalty.referral.VisitorHasher;

/**
 * The module's step in Broadleaf's checkout workflow, placed after CompleteOrderActivity (order 7000): records the
 * submitted order as ONE order event (with the keyed hashes of the shopper's device, which the referral fraud
 * rules compare later), committed with the order by Broadleaf's own save; the worker books it after that commit.
 * If a later step fails, the event is withdrawn.
 */
public class LoyaltyCheckoutActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    /** State key of the order id handed to the rollback handler. */
    public static final String ORDER_ID = "evergreen.orderId";

    private final OrderEventRecorder events;
    private final BroadleafOrderTranslator translator;
    private final CurrentVisitor visitor;
    private final VisitorHasher hasher;
    private final OrderEventRollbackHandler rollback;

    public LoyaltyCheckoutActivity(OrderEventRecorder events, BroadleafOrderTranslator translator, CurrentVisitor visitor,
                                   VisitorHasher hasher, OrderEventRollbackHandler rollback) {
        this.events = events;
        this.translator = translator;
        this.visitor = visitor;
        this.hasher = hasher;
        this.rollback = rollback;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        if (order.getCustomer() == null) {
            return context;
        }
        Visitor v = visitor.get();
        events.record(translator.placed(order).withDevice(hasher.ip(v.getIp()), hasher.userAgent(v.getUserAgent())));
        Map<String, Object> state = new HashMap<String, Object>();
        state.put(ORDER_ID, order.getId());
        ActivityStateManagerImpl.getStateManager().registerState(this, context, rollback, state);
        return context;
    }
}
