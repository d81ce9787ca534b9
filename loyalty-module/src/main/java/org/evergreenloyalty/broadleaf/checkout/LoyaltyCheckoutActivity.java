package org.evergreenloyalty.broadleaf.checkout;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.evergreenloyalty.order.OrderCompletionService;

/**
 * The module's step in Broadleaf's checkout workflow, placed after CompleteOrderActivity (order 7000):
 * hands the submitted order to the engine, which processes each order once.
 */
public class LoyaltyCheckoutActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    private final OrderCompletionService orderCompletionService;
    private final BroadleafOrderTranslator translator;

    public LoyaltyCheckoutActivity(OrderCompletionService orderCompletionService, BroadleafOrderTranslator translator) {
        this.orderCompletionService = orderCompletionService;
        this.translator = translator;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        orderCompletionService.process(translator.translate(order));
        return context;
    }
}
