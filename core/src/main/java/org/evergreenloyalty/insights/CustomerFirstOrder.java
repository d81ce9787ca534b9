package org.evergreenloyalty.insights;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * A customer's first placed order, as far as the {@code orders} summary is folded: the submit time of the earliest
 * placed order before the summary's {@code FOLDED_TO}. A customer without a row placed no order before it. Filled
 * by the platform adapter's {@link InsightsOrderSource#foldOrders}; mapped so that the schema is known.
 */
@Entity
@Table(name = "EVG_INS_CUSTOMER")
public class CustomerFirstOrder {

    @Id
    @Column(name = "CUSTOMER_ID")
    private Long customerId;

    @Index(name = "EVG_INS_CUST_FIRST_IX")
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FIRST_ORDER_AT", nullable = false)
    private Date firstOrderAt;

    protected CustomerFirstOrder() {
    }
}
