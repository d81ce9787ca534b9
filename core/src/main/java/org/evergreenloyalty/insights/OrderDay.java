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
 * The placed orders of one day of the reporting zone: how many and their net revenue. Folded with
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

    protected OrderDay() {
    }
}
