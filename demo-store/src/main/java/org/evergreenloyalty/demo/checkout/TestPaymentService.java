package org.evergreenloyalty.demo.checkout;

import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;

/**
 * The demo store's built-in test payment: pays a cart with a {@link TestCard} without any gateway and,
 * when the payment is approved, checks the order out through Broadleaf's checkout workflow.
 */
public interface TestPaymentService {

    /**
     * Records the payment on the cart (an {@code OrderPayment} with one AUTHORIZE_AND_CAPTURE transaction
     * for the order total) and submits the order. A declined card records an unsuccessful transaction,
     * leaves the order a cart and returns {@link TestPaymentResult#declined()}.
     */
    TestPaymentResult payAndCheckout(Order cart, TestCard card) throws CheckoutException;
}
