package org.evergreenloyalty.demo.site.account;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

/** Finds an order by number for the signed-in customer, never revealing another customer's order. */
public final class OrderLookup {

    private OrderLookup() {
    }

    /** The signed-in customer's placed order with this number, or null (also for other customers' orders and carts). */
    public static Order ownPlacedOrder(OrderService orderService, String orderNumber) {
        if (orderNumber == null || !orderNumber.matches("[A-Za-z0-9-]{1,64}")) {
            return null;
        }
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        Customer customer = CustomerState.getCustomer();
        if (order == null || customer == null || order.getCustomer() == null
                || !order.getCustomer().getId().equals(customer.getId())
                || OrderStatus.IN_PROCESS.equals(order.getStatus()) || OrderStatus.NAMED.equals(order.getStatus())) {
            return null;
        }
        return order;
    }
}
