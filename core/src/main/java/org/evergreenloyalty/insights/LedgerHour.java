package org.evergreenloyalty.insights;

import java.io.Serializable;
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
 * One hour of ledger movements of one entry type, folded by the {@code insights-summary} job
 * ({@link InsightsSummaryService}): the sums of the available and pending deltas and the number of entries whose
 * {@code CREATED_AT} lies in the hour starting at {@link #hourAt} (the stored wall-clock time cut to the hour).
 * Written and read only by set-based SQL in {@link SummaryRepository}; mapped so that the schema is known.
 */
@Entity
@Table(name = "EVG_INS_LEDGER_HOUR")
public class LedgerHour {

    @EmbeddedId
    private Key key;

    @Column(name = "AVAILABLE_SUM", nullable = false)
    private Long availableSum;

    @Column(name = "PENDING_SUM", nullable = false)
    private Long pendingSum;

    @Column(name = "ENTRY_COUNT", nullable = false)
    private Long entryCount;

    protected LedgerHour() {
    }

    /** The primary key: hour and entry type. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Temporal(TemporalType.TIMESTAMP)
        @Column(name = "HOUR_AT", nullable = false)
        private Date hourAt;

        @Column(name = "ENTRY_TYPE", nullable = false, length = 20)
        private String entryType;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Objects.equals(hourAt, ((Key) o).hourAt) && Objects.equals(entryType, ((Key) o).entryType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(hourAt, entryType);
        }
    }
}
