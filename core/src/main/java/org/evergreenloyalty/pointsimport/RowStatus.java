package org.evergreenloyalty.pointsimport;

/** What an import does, or did, with one row. */
public enum RowStatus {
    /** The row changes the balance and/or the tier. */
    CHANGE,
    /** The row asks for what the customer has already (SET to the same balance, ADD 0 without a tier change). */
    UNCHANGED,
    /** The row was applied by an earlier run of the same import id. */
    ALREADY_APPLIED,
    /** The row is refused; see {@link Refusal}. */
    REFUSED
}
