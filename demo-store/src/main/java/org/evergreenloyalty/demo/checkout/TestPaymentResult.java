package org.evergreenloyalty.demo.checkout;

import org.broadleafcommerce.core.order.domain.Order;

/** The outcome of a test payment: the submitted order, or a decline (the cart is then unchanged). */
public final class TestPaymentResult {

    private final Order order;
    private final boolean approved;

    private TestPaymentResult(Order order, boolean approved) {
        this.order = order;
        this.approved = approved;
    }

    static TestPaymentResult approved(Order submitted) {
        return new TestPaymentResult(submitted, true);
    }

    static TestPaymentResult declined(Order cart) {
        return new TestPaymentResult(cart, false);
    }

    /** True when the card was approved and the order submitted. */
    public boolean isApproved() {
        return approved;
    }

    /** The submitted order (approved), or the cart (declined). */
    public Order order() {
        return order;
    }
}
