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

/**
 * One funnel metric of one day of the reporting zone: the number of rows and a sum (see {@link FunnelDaySummary}).
 * Written and read only by set-based SQL; mapped so that the schema is known.
 */
@Entity
@Table(name = "EVG_INS_FUNNEL_DAY")
public class FunnelDay {

    @EmbeddedId
    private Key key;

    @Column(name = "N", nullable = false)
    private Long n;

    @Column(name = "TOTAL", nullable = false)
    private Long total;

    protected FunnelDay() {
    }

    /** The primary key: first instant of the day and metric. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Temporal(TemporalType.TIMESTAMP)
        @Column(name = "DAY_AT", nullable = false)
        private Date dayAt;

        @Column(name = "METRIC", nullable = false, length = 20)
        private String metric;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && Objects.equals(dayAt, ((Key) o).dayAt) && Objects.equals(metric, ((Key) o).metric);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dayAt, metric);
        }
    }
}
