package org.evergreenloyalty.insights;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * A day of the reporting zone on which a customer placed orders: how many, their net revenue, the customer's
 * previous and next such day ({@code PREV_AT} 1900-01-01 for the first, {@code NEXT_AT} 9999-12-31 for the last) and
 * the customer's orders and revenue up to and including the day. A range of days then reads each customer's first day
 * in it ({@code PREV_AT} before the range) and last day in it ({@code NEXT_AT} after it) through the indexes on
 * {@code (DAY_AT, PREV_AT)} and {@code (DAY_AT, NEXT_AT)}: distinct, new and repeat customers and the sums without
 * reading every order. Folded by the platform adapter ({@link InsightsOrderSource#daySummaries()}); mapped so that the
 * schema is known.
 */
@Entity
@Table(name = "EVG_INS_CUST_DAY")
@org.hibernate.annotations.Table(appliesTo = "EVG_INS_CUST_DAY", indexes = {
        @Index(name = "EVG_INS_CUST_DAY_PREV_IX", columnNames = {"DAY_AT", "PREV_AT"}),
        @Index(name = "EVG_INS_CUST_DAY_NEXT_IX", columnNames = {"DAY_AT", "NEXT_AT"})})
public class CustomerOrderDay {

    @EmbeddedId
    private CustomerDayKey key;

    @Column(name = "ORDERS", nullable = false)
    private Long orders;

    @Column(name = "REVENUE", nullable = false, precision = 19, scale = 5)
    private BigDecimal revenue;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "PREV_AT", nullable = false)
    private Date prevAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "NEXT_AT", nullable = false)
    private Date nextAt;

    @Column(name = "CUM_ORDERS", nullable = false)
    private Long cumOrders;

    @Column(name = "CUM_REVENUE", nullable = false, precision = 19, scale = 5)
    private BigDecimal cumRevenue;

    protected CustomerOrderDay() {
    }
}
