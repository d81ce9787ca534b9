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
 * The placed orders of one day of the reporting zone: how many and their net revenue, and of those the orders that
 * used a birthday code with their revenue. Folded with
 * {@link CustomerOrderDay} by the platform adapter; mapped so that the schema is known.
 */
@Entity
@Table(name = "EVG_INS_ORDER_DAY")
public class OrderDay {

    @Id
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DAY_AT")
    private Date dayAt;

    @Column(name = "ORDERS", nullable = false)
    private Long orders;

    @Column(name = "REVENUE", nullable = false, precision = 19, scale = 5)
    private BigDecimal revenue;

    /** Of those, the orders that used a birthday code. */
    @Column(name = "BDAY_ORDERS", nullable = false)
    private Long birthdayOrders;

    @Column(name = "BDAY_REVENUE", nullable = false, precision = 19, scale = 5)
    private BigDecimal birthdayRevenue;

    protected OrderDay() {
    }
}
