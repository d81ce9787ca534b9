package org.evergreenloyalty.privacy;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The record of a customer's erasure (EVG_ERASURE, one row per customer): when, by whom (an admin login or the
 * system's trigger), why, and how many rows each section of the {@link PersonalDataCatalog} had changed.
 */
@Entity
@Table(name = "EVG_ERASURE")
public class ErasureRecord {

    @Id
    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ERASED_AT", nullable = false)
    private Date erasedAt;

    @Column(name = "ERASED_BY", nullable = false, length = 120)
    private String erasedBy;

    @Column(name = "REASON", nullable = false, length = 500)
    private String reason;

    /** {@code section=rows} pairs separated by commas, in the catalog's order. */
    @Column(name = "ROWS_TOUCHED", nullable = false, length = 2000)
    private String rowsTouched;

    protected ErasureRecord() {
    }

    ErasureRecord(long customerId, Date erasedAt, String erasedBy, String reason, Map<String, Integer> rows) {
        this.customerId = customerId;
        this.erasedAt = new Date(erasedAt.getTime());
        this.erasedBy = erasedBy;
        this.reason = reason;
        StringBuilder b = new StringBuilder();
        rows.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        this.rowsTouched = b.toString();
    }

    public Long getCustomerId() { return customerId; }
    public Date getErasedAt() { return new Date(erasedAt.getTime()); }
    public String getErasedBy() { return erasedBy; }
    public String getReason() { return reason; }

    /** Rows changed per section, in the catalog's order. */
    public Map<String, Integer> getRowsTouched() {
        Map<String, Integer> m = new LinkedHashMap<String, Integer>();
        for (String pair : rowsTouched.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(pair.substring(0, eq), Integer.valueOf(pair.substring(eq + 1)));
            }
        }
        return m;
    }

    /** Rows changed in all sections together. */
    public int getTotalRows() {
        return getRowsTouched().values().stream().mapToInt(Integer::intValue).sum();
    }
}
