package org.evergreenloyalty.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Counts and revenue of a set of placed orders: how many orders, how many distinct customers placed them, how
 * many of those had their first placed order ever in the same span (new) or placed two or more in it (repeat).
 */
public final class OrderFigures {

    /** No orders. */
    public static final OrderFigures NONE = new OrderFigures(0, 0, 0, 0, BigDecimal.ZERO);

    private final long orders;
    private final long customers;
    private final long newCustomers;
    private final long repeatCustomers;
    private final BigDecimal revenue;

    public OrderFigures(long orders, long customers, long newCustomers, long repeatCustomers, BigDecimal revenue) {
        this.orders = orders;
        this.customers = customers;
        this.newCustomers = newCustomers;
        this.repeatCustomers = repeatCustomers;
        this.revenue = revenue == null ? BigDecimal.ZERO : revenue;
    }

    public long getOrders() { return orders; }
    public long getCustomers() { return customers; }
    public long getNewCustomers() { return newCustomers; }
    public long getRepeatCustomers() { return repeatCustomers; }
    public BigDecimal getRevenue() { return revenue; }

    /** Share of the customers who placed two or more orders; null without customers. */
    public Double getRepeatRate() { return Ratios.share(repeatCustomers, customers); }

    /** Orders per customer; null without customers. */
    public Double getOrdersPerCustomer() { return Ratios.share(orders, customers); }

    /** Average order value; null without orders. */
    public BigDecimal getAverageOrderValue() {
        return orders == 0 ? null : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
    }
}
