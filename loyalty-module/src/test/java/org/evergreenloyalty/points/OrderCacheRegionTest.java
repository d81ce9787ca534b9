package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.persistence.Cache;
import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.junit.jupiter.api.Test;

/**
 * Broadleaf 3.1 only (META-INF/persistence-evergreen-cache.xml): with the module installed, Broadleaf's order region
 * stays read-write, so a cart a request changed stays in the second-level cache for the shopper's next request, as
 * in a store without the module, instead of being evicted on every update and read from the database again.
 */
@BroadleafIntegrationTest
class OrderCacheRegionTest extends PointsTestBase {

    @Test
    void aCartChangedByOneRequestStaysInTheCacheForTheNext() throws Exception {
        Order cart = cartWith(store.customer(), product("12.50"), 2);
        BroadleafTestContext.closeRequestEntityManager();
        Cache cache = BroadleafTestContext.get().getBean("entityManagerFactory", EntityManagerFactory.class).getCache();
        assertTrue(cache.contains(OrderImpl.class, cart.getId()), "the updated cart is cached, not evicted");
        BroadleafTestContext.openRequestEntityManager();
        try {
            Order read = store.orders().findOrderById(cart.getId());
            assertEquals(0, read.getTotal().getAmount().compareTo(cart.getTotal().getAmount()), "the cached cart is the current one");
            assertEquals(1, read.getOrderItems().size());
            assertEquals(2, read.getOrderItems().get(0).getQuantity());
        } finally {
            BroadleafTestContext.closeRequestEntityManager();
        }
    }
}
