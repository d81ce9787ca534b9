package org.evergreenloyalty.insights;

import java.math.BigDecimal;

/** A number of placed orders and their net revenue (for a kind of order summed per day, such as birthday-code orders). */
public final class OrderTotal {

    public static final OrderTotal NONE = new OrderTotal(0, BigDecimal.ZERO.setScale(2));

    private final long orders;
    private final BigDecimal revenue;

    public OrderTotal(long orders, BigDecimal revenue) {
        this.orders = orders;
        this.revenue = revenue;
    }

    /** Both together, the revenue rounded to cents. */
    public OrderTotal plus(OrderTotal o) {
        return new OrderTotal(orders + o.orders, revenue.add(o.revenue).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    public long getOrders() { return orders; }
    public BigDecimal getRevenue() { return revenue; }
}
