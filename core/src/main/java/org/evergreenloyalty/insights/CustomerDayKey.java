package org.evergreenloyalty.insights;

import java.io.Serializable;
import java.util.Date;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The primary key of the per-customer day summaries ({@link ActivityDay}, {@link CustomerOrderDay}): the customer and
 * the first instant of the day in the reporting zone.
 */
@Embeddable
public class CustomerDayKey implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DAY_AT", nullable = false)
    private Date dayAt;

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerDayKey && Objects.equals(customerId, ((CustomerDayKey) o).customerId)
                && Objects.equals(dayAt, ((CustomerDayKey) o).dayAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customerId, dayAt);
    }
}
