package org.evergreenloyalty.broadleaf.checkout;

import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;
import org.evergreenloyalty.order.OrderEventRecorder;
import org.evergreenloyalty.referral.CurrentVisitor;
import org.evergreenloyalty.referral.Visitor;
import org.evergreenloyalty.referral.VisitorHasher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * The module's step in Broadleaf's checkout workflow, placed after CompleteOrderActivity (order 7000): records the
 * submitted order as ONE order event (its amounts and lines as checkout sees them, so the worker need not load the
 * order again, and the keyed hashes of the shopper's device, which the referral fraud rules compare later),
 * committed with the order by Broadleaf's own save; the worker books it after that commit.
 * If a later step fails, the event is withdrawn.
 */
public class LoyaltyCheckoutActivity extends BaseActivity<ProcessContext<CheckoutSeed>>
        implements ApplicationListener<ContextRefreshedEvent> {

    /** State key of the order id handed to the rollback handler. */
    public static final String ORDER_ID = "evergreen.orderId";

    private static final Log LOG = LogFactory.getLog(LoyaltyCheckoutActivity.class);

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

    /**
     * Reads the hashing key at start-up: read lazily at the first checkout, its transaction would commit the
     * SUBMITTED order before the order event is written.
     */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        try {
            hasher.ip("127.0.0.1");
        } catch (RuntimeException e) {
            LOG.warn("The visitor-hash key could not be read at start-up (" + e + "); the first checkout reads it");
        }
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        if (order.getCustomer() == null) {
            return context;
        }
        Visitor v = visitor.get();
        events.record(translator.translate(order).withDevice(hasher.ip(v.getIp()), hasher.userAgent(v.getUserAgent())));
        Map<String, Object> state = new HashMap<String, Object>();
        state.put(ORDER_ID, order.getId());
        ActivityStateManagerImpl.getStateManager().registerState(this, context, rollback, state);
        return context;
    }
}
