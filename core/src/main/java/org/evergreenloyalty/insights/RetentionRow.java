package org.evergreenloyalty.insights;

import java.time.LocalDate;

/**
 * Customer retention of one month or quarter by the usual formula: (customers at the end − new customers) ÷
 * customers at the start, where the customers at the start are those who ordered in the month (quarter) before,
 * the customers at the end those who ordered in this one, and the new ones those whose first placed order ever
 * falls in it. Also the repeat purchase rate: the share of this span's customers with two or more orders in it.
 */
public final class RetentionRow {

    private final LocalDate first;
    private final LocalDate last;
    private final long customersAtStart;
    private final OrderFigures figures;

    public RetentionRow(LocalDate first, LocalDate last, long customersAtStart, OrderFigures figures) {
        this.first = first;
        this.last = last;
        this.customersAtStart = customersAtStart;
        this.figures = figures;
    }

    public LocalDate getFirst() { return first; }
    public LocalDate getLast() { return last; }
    public long getCustomersAtStart() { return customersAtStart; }
    public long getCustomersAtEnd() { return figures.getCustomers(); }
    public long getNewCustomers() { return figures.getNewCustomers(); }
    public long getOrders() { return figures.getOrders(); }

    /** (end − new) ÷ start; null when nobody ordered in the span before. */
    public Double getRetentionRate() {
        return Ratios.share(figures.getCustomers() - figures.getNewCustomers(), customersAtStart);
    }

    /** Share of the span's customers with two or more orders in it; null without customers. */
    public Double getRepeatRate() { return figures.getRepeatRate(); }
}
