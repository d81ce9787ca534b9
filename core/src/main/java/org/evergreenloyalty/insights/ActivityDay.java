package org.evergreenloyalty.insights;

import java.io.Serializable;
import java.util.Date;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * A day of the reporting zone on which a customer earned, got a bonus or redeemed (ledger entries EARN, BONUS,
 * REDEEM), with the customer's previous such day and the number of those entries. Folded by the
 * {@code insights-summary} job; written and read only by set-based SQL in {@link LedgerActivitySummary}; mapped so
 * that the schema is known.
 */
@Entity
@Table(name = "EVG_INS_ACTIVITY_DAY")
@org.hibernate.annotations.Table(appliesTo = "EVG_INS_ACTIVITY_DAY",
        indexes = @Index(name = "EVG_INS_ACT_DAY_PREV_IX", columnNames = {"DAY_AT", "PREV_AT"}))
public class ActivityDay {

    @EmbeddedId
    private Key key;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "PREV_AT", nullable = false)
    private Date prevAt;

    @Column(name = "ENTRY_COUNT", nullable = false)
    private Long entryCount;

    protected ActivityDay() {
    }

    /** The primary key: customer and first instant of the day. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "CUSTOMER_ID", nullable = false)
        private Long customerId;

        @Temporal(TemporalType.TIMESTAMP)
        @Column(name = "DAY_AT", nullable = false)
        private Date dayAt;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Objects.equals(customerId, ((Key) o).customerId) && Objects.equals(dayAt, ((Key) o).dayAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, dayAt);
        }
    }
}
