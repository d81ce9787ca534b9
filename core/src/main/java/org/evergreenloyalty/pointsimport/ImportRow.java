package org.evergreenloyalty.pointsimport;

import java.time.LocalDate;

/**
 * What an import does (dry run) or did with one data row: the customer, the balance before and after, the tier before
 * and after, or why the row is refused.
 */
public final class ImportRow {

    private final int row;
    private final String reference;
    private final Long customerId;
    private final RowStatus status;
    private final Refusal refusal;
    private final String detail;
    private final long oldBalance;
    private final long newBalance;
    private final String oldTier;
    private final String newTier;
    private final LocalDate expires;

    private ImportRow(int row, String reference, Long customerId, RowStatus status, Refusal refusal, String detail,
                      long oldBalance, long newBalance, String oldTier, String newTier, LocalDate expires) {
        this.row = row;
        this.reference = reference;
        this.customerId = customerId;
        this.status = status;
        this.refusal = refusal;
        this.detail = detail;
        this.oldBalance = oldBalance;
        this.newBalance = newBalance;
        this.oldTier = oldTier;
        this.newTier = newTier;
        this.expires = expires;
    }

    static ImportRow refused(ImportLine line, Long customerId, Refusal refusal, String detail) {
        return new ImportRow(line.getRow(), line.getReference(), customerId, RowStatus.REFUSED, refusal, detail, 0, 0, null, null, null);
    }

    static ImportRow done(ImportLine line, long customerId, RowStatus status, long oldBalance, long newBalance, String oldTier, String newTier) {
        return new ImportRow(line.getRow(), line.getReference(), customerId, status, null, null, oldBalance, newBalance, oldTier, newTier,
                line.getExpires());
    }

    public int getRow() { return row; }
    /** The customer as the file names them (id or e-mail address). */
    public String getReference() { return reference; }
    /** The store's customer id, or null when the row names nobody known. */
    public Long getCustomerId() { return customerId; }
    public RowStatus getStatus() { return status; }
    public Refusal getRefusal() { return refusal; }
    /** The value at fault of a refused row, or null. */
    public String getDetail() { return detail; }
    /** The available balance before the row. */
    public long getOldBalance() { return oldBalance; }
    /** The available balance after the row. */
    public long getNewBalance() { return newBalance; }
    /** The points the row posts (new less old balance). */
    public long getDelta() { return newBalance - oldBalance; }
    public String getOldTier() { return oldTier; }
    /** The tier the row sets, or null when it sets none (or the customer holds it already: then equal to the old). */
    public String getNewTier() { return newTier; }
    /** When the row's credited points expire (end of the day), or null. */
    public LocalDate getExpires() { return expires; }
}
