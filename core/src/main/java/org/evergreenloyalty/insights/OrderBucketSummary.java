package org.evergreenloyalty.insights;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The order figures of one completed calendar month or quarter of the reporting time zone (the retention table's
 * rows): placed orders, customers, new customers, repeat customers and net revenue of [FIRST_AT, END_AT). Folded
 * by the platform adapter's {@link InsightsOrderSource#foldOrders}; a report uses a row only when its bucket has
 * exactly these bounds. Mapped so that the schema is known.
 */
@Entity
@Table(name = "EVG_INS_ORDER_BUCKET")
public class OrderBucketSummary {

    @EmbeddedId
    private Key key;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "END_AT", nullable = false)
    private Date endAt;

    @Column(name = "ORDERS", nullable = false)
    private Long orders;

    @Column(name = "CUSTOMERS", nullable = false)
    private Long customers;

    @Column(name = "NEWCOMERS", nullable = false)
    private Long newcomers;

    @Column(name = "REPEATERS", nullable = false)
    private Long repeaters;

    @Column(name = "REVENUE", nullable = false, precision = 19, scale = 5)
    private BigDecimal revenue;

    protected OrderBucketSummary() {
    }

    /** The primary key: granularity and first instant. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "GRANULARITY", length = 10, nullable = false)
        private String granularity;

        @Temporal(TemporalType.TIMESTAMP)
        @Column(name = "FIRST_AT", nullable = false)
        private Date firstAt;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Objects.equals(granularity, ((Key) o).granularity) && Objects.equals(firstAt, ((Key) o).firstAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(granularity, firstAt);
        }
    }
}
