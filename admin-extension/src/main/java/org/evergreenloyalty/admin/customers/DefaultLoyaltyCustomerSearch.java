package org.evergreenloyalty.admin.customers;

import java.util.ArrayList;
import java.util.List;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;

/**
 * Searches the loyalty engine's customer directory by e-mail or name, and Broadleaf's orders by order number
 * (an admin often starts from the order a shopper calls about).
 */
public class DefaultLoyaltyCustomerSearch implements LoyaltyCustomerSearch {

    private final CustomerDirectory directory;
    private final OrderService orders;

    public DefaultLoyaltyCustomerSearch(CustomerDirectory directory, OrderService orders) {
        this.directory = directory;
        this.orders = orders;
    }

    @Override
    public List<CustomerContact> find(String text, int max) {
        List<CustomerContact> found = new ArrayList<CustomerContact>();
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return found;
        }
        CustomerContact buyer = buyerOfOrder(t);
        if (buyer != null) {
            found.add(buyer);
        }
        for (CustomerContact c : directory.search(t, max)) {
            if (found.size() >= max) {
                break;
            }
            if (buyer == null || c.getCustomerId() != buyer.getCustomerId()) {
                found.add(c);
            }
        }
        return found;
    }

    private CustomerContact buyerOfOrder(String orderNumber) {
        if (orderNumber.length() > 100) {
            return null;
        }
        Order order = orders.findOrderByOrderNumber(orderNumber);
        if (order == null || order.getCustomer() == null || order.getCustomer().getId() == null) {
            return null;
        }
        return directory.contact(order.getCustomer().getId());
    }
}
