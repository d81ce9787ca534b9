package org.evergreenloyalty.insights;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * How far a summary of the dashboard is folded: every source row before {@link #foldedTo} (a stored wall-clock
 * time, exclusive) is in the summary, rows from it on are read live. One row per summary ({@code ledger-hours},
 * {@code orders}); no row means no summary (the dashboard reads everything live). Read and written by
 * {@link SummaryRepository}.
 */
@Entity
@Table(name = "EVG_INS_SUMMARY")
public class SummaryState {

    @Id
    @Column(name = "SUMMARY_NAME", length = 40)
    private String name;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FOLDED_TO", nullable = false)
    private Date foldedTo;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FOLDED_AT", nullable = false)
    private Date foldedAt;

    protected SummaryState() {
    }
}
