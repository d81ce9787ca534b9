package org.evergreenloyalty.demo.site.account;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The signed-in customer's placed (submitted, or later states) orders ({@code /account/orders}) and one order's detail. */
@Controller
@RequestMapping("/account/orders")
public class OrderHistoryController {

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @RequestMapping(method = RequestMethod.GET)
    public String list(Model model) {
        Customer customer = CustomerState.getCustomer();
        List<Order> orders = new ArrayList<Order>();
        for (Order o : orderService.findOrdersForCustomer(customer)) {
            if (o.getOrderNumber() != null && !OrderStatus.IN_PROCESS.equals(o.getStatus()) && !OrderStatus.NAMED.equals(o.getStatus())) {
                orders.add(o);
            }
        }
        Collections.sort(orders, new Comparator<Order>() {
            @Override
            public int compare(Order a, Order b) {
                if (a.getSubmitDate() == null || b.getSubmitDate() == null) {
                    return b.getId().compareTo(a.getId());
                }
                return b.getSubmitDate().compareTo(a.getSubmitDate());
            }
        });
        model.addAttribute("orders", orders);
        return "account/orders";
    }

    @RequestMapping(value = "/{orderNumber}", method = RequestMethod.GET)
    public String detail(@PathVariable("orderNumber") String orderNumber, Model model) {
        Order order = OrderLookup.ownPlacedOrder(orderService, orderNumber);
        model.addAttribute("order", order);
        return "account/orderDetail";
    }
}
