package org.evergreenloyalty.integrity;

/** The three things the integrity check reconciles; each {@link FindingKind} belongs to one. */
public enum FindingGroup {
    /** A placed order's points discount (or points voucher) that the ledger did not book as it should. */
    ORDER_DISCOUNT,
    /** A REDEEM entry for an order that does not exist or carries no points discount. */
    ORPHAN_REDEEM,
    /** An account whose stored balance differs from the sum of its entries. */
    ACCOUNT_BALANCE
}
