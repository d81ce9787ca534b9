package org.evergreenloyalty.pointsimport;

import java.time.LocalDate;

/**
 * One data row of an import file as read ({@link ImportCsv}): the customer it names (id or e-mail), the points, the
 * optional tier name and expiry day, or the {@link Refusal} the row already earns from its own values.
 */
public final class ImportLine {

    private final int row;
    private final Long customerId;
    private final String email;
    private final long points;
    private final String tier;
    private final LocalDate expires;
    private final Refusal refusal;
    private final String detail;

    ImportLine(int row, Long customerId, String email, long points, String tier, LocalDate expires) {
        this(row, customerId, email, points, tier, expires, null, null);
    }

    private ImportLine(int row, Long customerId, String email, long points, String tier, LocalDate expires, Refusal refusal, String detail) {
        this.row = row;
        this.customerId = customerId;
        this.email = email;
        this.points = points;
        this.tier = tier;
        this.expires = expires;
        this.refusal = refusal;
        this.detail = detail;
    }

    /** A row refused for {@code refusal}; {@code reference} is the customer as written (may be null). */
    static ImportLine refused(int row, String reference, Refusal refusal, String detail) {
        return new ImportLine(row, null, reference, 0, null, null, refusal, detail);
    }

    /** The data row number: 1 is the line after the header. */
    public int getRow() { return row; }
    /** The customer id the row names, or null when it names an e-mail address. */
    public Long getCustomerId() { return customerId; }
    /** The e-mail address the row names (lower case), or null. */
    public String getEmail() { return email; }
    /** The customer as written: the id or the e-mail address. */
    public String getReference() { return customerId != null ? String.valueOf(customerId) : email; }
    public long getPoints() { return points; }
    /** The tier name, or null when the row sets none. */
    public String getTier() { return tier; }
    /** The day the row's points expire (the end of it), or null. */
    public LocalDate getExpires() { return expires; }
    /** Why the row is refused by its own values, or null. */
    public Refusal getRefusal() { return refusal; }
    /** The value at fault, or null. */
    public String getDetail() { return detail; }
}
