package org.evergreenloyalty.insights;

import java.math.BigDecimal;

/**
 * A group of customers' orders in a window before and a window after a date (their joining, or a reference
 * date): the group's size (the sample), and its orders and revenue on each side.
 */
public final class BeforeAfter {

    /** An empty group. */
    public static final BeforeAfter NONE = new BeforeAfter(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    private final long customers;
    private final long ordersBefore;
    private final long ordersAfter;
    private final BigDecimal revenueBefore;
    private final BigDecimal revenueAfter;

    public BeforeAfter(long customers, long ordersBefore, long ordersAfter, BigDecimal revenueBefore, BigDecimal revenueAfter) {
        this.customers = customers;
        this.ordersBefore = ordersBefore;
        this.ordersAfter = ordersAfter;
        this.revenueBefore = revenueBefore == null ? BigDecimal.ZERO : revenueBefore;
        this.revenueAfter = revenueAfter == null ? BigDecimal.ZERO : revenueAfter;
    }

    /** Sample size: customers in the group. */
    /** Both groups together (the stored days and the days read live of one estimate). */
    public BeforeAfter plus(BeforeAfter o) {
        return new BeforeAfter(customers + o.customers, ordersBefore + o.ordersBefore, ordersAfter + o.ordersAfter,
                revenueBefore.add(o.revenueBefore), revenueAfter.add(o.revenueAfter));
    }

    public long getCustomers() { return customers; }
    public long getOrdersBefore() { return ordersBefore; }
    public long getOrdersAfter() { return ordersAfter; }
    public BigDecimal getRevenueBefore() { return revenueBefore; }
    public BigDecimal getRevenueAfter() { return revenueAfter; }

    /** Orders per customer before; null for an empty group. */
    public Double getOrdersPerCustomerBefore() { return Ratios.share(ordersBefore, customers); }

    /** Orders per customer after; null for an empty group. */
    public Double getOrdersPerCustomerAfter() { return Ratios.share(ordersAfter, customers); }

    /** Relative change of the orders per customer (0.25 = +25 %); null when there were none before. */
    public Double getOrderChange() {
        return ordersBefore == 0 ? null : Double.valueOf((double) (ordersAfter - ordersBefore) / ordersBefore);
    }
}
