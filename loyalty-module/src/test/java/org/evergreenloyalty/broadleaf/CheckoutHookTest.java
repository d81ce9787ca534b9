package org.evergreenloyalty.broadleaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.StoreFixtures;
import org.junit.jupiter.api.Test;

/** A real checkout passes through the module's workflow activity, once, and a failed one does not. */
@BroadleafIntegrationTest
class CheckoutHookTest {

    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService orderCompletion;

    private final StoreFixtures store = StoreFixtures.create();

    @Test
    void aRealCheckoutPassesThroughTheLoyaltyActivity() throws Exception {
        Customer c = store.customer();
        Product p = store.product("Hook mug", "12.50", store.category("Mugs"));
        Order cart = store.add(store.cart(c), p, 2);
        assertFalse(orderCompletion.isProcessed(cart.getId()));

        Order order = store.checkout(cart);

        assertEquals(OrderStatus.SUBMITTED, order.getStatus());
        assertEquals(0, new BigDecimal("25.00").compareTo(order.getSubTotal().getAmount()));
        assertTrue(orderCompletion.isProcessed(order.getId()), "the loyalty activity recorded the order");
    }

    @Test
    void aFailedPaymentNeverReachesTheLoyaltyActivity() throws Exception {
        Customer c = store.customer();
        Product p = store.product("Hook plate", "30.00", null);
        Order cart = store.add(store.cart(c), p, 1);

        assertThrows(Exception.class, () -> store.checkout(cart, new BigDecimal("1.00")));

        assertFalse(orderCompletion.isProcessed(cart.getId()));
        assertEquals(OrderStatus.IN_PROCESS, store.orders().findOrderById(cart.getId()).getStatus());
    }
}
