package org.evergreenloyalty.demo.checkout;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.core.checkout.service.gateway.PassthroughPaymentConstants;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutResponse;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.service.AddressService;

/**
 * {@link TestPaymentService} on Broadleaf's own payment records: a PASSTHROUGH-gateway credit card payment
 * whose AUTHORIZE_AND_CAPTURE transaction is marked successful (or not, for the declined test card), then
 * {@code blCheckoutService.performCheckout}. Earlier active card payments on the cart are removed first, so
 * a retry after a decline pays once.
 */
public class DefaultTestPaymentService implements TestPaymentService {

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blOrderPaymentService")
    protected OrderPaymentService orderPaymentService;

    @Resource(name = "blCheckoutService")
    protected CheckoutService checkoutService;

    @Resource(name = "blFulfillmentGroupService")
    protected FulfillmentGroupService fulfillmentGroupService;

    @Resource(name = "blAddressService")
    protected AddressService addressService;

    @Override
    public TestPaymentResult payAndCheckout(Order cart, TestCard card) throws CheckoutException {
        removeActiveCardPayments(cart);

        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.CREDIT_CARD);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        payment.setAmount(cart.getTotal());
        payment.setBillingAddress(billingAddress(cart));

        PaymentTransaction transaction = orderPaymentService.createTransaction();
        transaction.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        transaction.setAmount(cart.getTotal());
        transaction.setDate(new Date());
        transaction.setSuccess(!card.isDeclined());
        transaction.setRawResponse(card.isDeclined()
                ? "Evergreen demo test payment: DECLINED (test card ending " + card.lastFour() + ")"
                : "Evergreen demo test payment: APPROVED (card ending " + card.lastFour() + ")");
        Map<String, String> fields = new HashMap<String, String>();
        fields.put("cardLastFour", card.lastFour());
        fields.put("cardExpiry", String.format("%02d/%d", card.expiryMonth(), card.expiryYear()));
        // lets Broadleaf's passthrough gateway reverse the payment when a later checkout step fails
        fields.put(PassthroughPaymentConstants.PASSTHROUGH_PAYMENT_TYPE, PaymentType.CREDIT_CARD.getType());
        transaction.setAdditionalFields(fields);
        transaction.setOrderPayment(payment);
        payment.addTransaction(transaction);

        if (card.isDeclined()) {
            // keep the record of the declined attempt, but not as an active payment of the cart
            payment.setOrder(cart);
            payment.setArchived('Y');
            orderPaymentService.save(payment);
            return TestPaymentResult.declined(cart);
        }

        orderService.addPaymentToOrder(cart, payment, null);
        CheckoutResponse response = checkoutService.performCheckout(cart);
        return TestPaymentResult.approved(response.getOrder());
    }

    private void removeActiveCardPayments(Order cart) {
        List<OrderPayment> old = new ArrayList<OrderPayment>();
        for (OrderPayment p : cart.getPayments()) {
            if (p.isActive() && PaymentType.CREDIT_CARD.equals(p.getType())) {
                old.add(p);
            }
        }
        // archived, not deleted: a payment left on the cart by an earlier attempt (even one committed just before
        // the store crashed) is set aside the same way every time, so a retry never fails on it
        for (OrderPayment p : old) {
            p.setArchived('Y');
            orderPaymentService.save(p);
            cart.getPayments().remove(p);
        }
    }

    /** A copy of the shipping address (the demo checkout does not ask for a separate billing address). */
    private Address billingAddress(Order cart) {
        FulfillmentGroup fg = fulfillmentGroupService.getFirstShippableFulfillmentGroup(cart);
        Address shipping = fg == null ? null : fg.getAddress();
        if (shipping == null) {
            return null;
        }
        Address billing = addressService.create();
        billing.setFirstName(shipping.getFirstName());
        billing.setLastName(shipping.getLastName());
        billing.setAddressLine1(shipping.getAddressLine1());
        billing.setAddressLine2(shipping.getAddressLine2());
        billing.setCity(shipping.getCity());
        billing.setState(shipping.getState());
        billing.setPostalCode(shipping.getPostalCode());
        billing.setCountry(shipping.getCountry());
        billing.setEmailAddress(shipping.getEmailAddress());
        return billing;
    }
}
