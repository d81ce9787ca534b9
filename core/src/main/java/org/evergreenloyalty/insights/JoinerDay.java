package org.evergreenloyalty.insights;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The members who joined on one day of the reporting zone, for the dashboard's before/after-joining estimate, stored
 * once their windows are over: how many had an order in the {@value DefaultInsightsService#WINDOW_DAYS} days before
 * joining, and their orders and revenue before and after joining (the same windows as the live figure). Folded by the
 * platform adapter ({@link InsightsOrderSource#daySummaries()}); mapped so that the schema is known.
 */
@Entity
@Table(name = "EVG_INS_JOINER_DAY")
public class JoinerDay {

    @Id
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DAY_AT")
    private Date dayAt;

    @Column(name = "CUSTOMERS", nullable = false)
    private Long customers;

    @Column(name = "ORDERS_BEFORE", nullable = false)
    private Long ordersBefore;

    @Column(name = "ORDERS_AFTER", nullable = false)
    private Long ordersAfter;

    @Column(name = "REVENUE_BEFORE", nullable = false, precision = 19, scale = 5)
    private BigDecimal revenueBefore;

    @Column(name = "REVENUE_AFTER", nullable = false, precision = 19, scale = 5)
    private BigDecimal revenueAfter;

    protected JoinerDay() {
    }
}
