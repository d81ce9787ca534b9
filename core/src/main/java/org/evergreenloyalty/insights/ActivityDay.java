package org.evergreenloyalty.insights;

import java.util.Date;

import javax.persistence.Column;
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
    private CustomerDayKey key;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "PREV_AT", nullable = false)
    private Date prevAt;

    @Column(name = "ENTRY_COUNT", nullable = false)
    private Long entryCount;

    protected ActivityDay() {
    }
}
