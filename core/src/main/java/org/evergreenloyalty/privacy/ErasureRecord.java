package org.evergreenloyalty.privacy;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The record of a customer's erasure ({@value PersonalDataRepository#ERASURE_TABLE}, one row per customer, plain SQL,
 * no entity): when, by whom (an admin login or the system's trigger), why, and how many rows each section of the
 * {@link PersonalDataCatalog} had changed.
 */
public class ErasureRecord {

    private final Long customerId;
    private final Date erasedAt;
    private final String erasedBy;
    private final String reason;
    /** {@code section=rows} pairs separated by commas, in the catalog's order ({@code ROWS_TOUCHED}). */
    private final String rowsTouched;

    ErasureRecord(long customerId, Date erasedAt, String erasedBy, String reason, String rowsTouched) {
        this.customerId = customerId;
        this.erasedAt = new Date(erasedAt.getTime());
        this.erasedBy = erasedBy;
        this.reason = reason;
        this.rowsTouched = rowsTouched;
    }

    ErasureRecord(long customerId, Date erasedAt, String erasedBy, String reason, Map<String, Integer> rows) {
        this(customerId, erasedAt, erasedBy, reason, pairs(rows));
    }

    private static String pairs(Map<String, Integer> rows) {
        StringBuilder b = new StringBuilder();
        rows.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
        return b.toString();
    }

    /** {@code section=rows} pairs separated by commas, as stored. */
    String getRowsTouchedText() { return rowsTouched; }

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
