package org.evergreenloyalty.test;

import org.broadleafcommerce.common.payment.service.PaymentGatewayRollbackService;
import org.broadleafcommerce.core.checkout.service.gateway.PassthroughPaymentConfigurationServiceImpl;

/**
 * The test store's passthrough gateway with its rollback service exposed: Broadleaf 6.2's
 * {@code blPassthroughPaymentConfigurationService} holds {@code blPassthroughPaymentRollbackService} but does not return
 * it, so a checkout that fails after payment cannot roll the payment back and stops before the other activities'
 * rollback handlers run (the module's reservation release among them). 3.1's passthrough gateway reverses payments.
 */
public class ReversiblePassthroughPayments extends PassthroughPaymentConfigurationServiceImpl {

    @Override
    public PaymentGatewayRollbackService getRollbackService() {
        return rollbackService;
    }
}
