package org.evergreenloyalty.ledger;

/** What kind of business event a {@link LedgerEntry} records. */
public enum EntryType {
    /** Points earned by an order (pending first, or available at once). */
    EARN,
    /** Pending points of an order that became available. */
    MATURE,
    /** Points granted for an action (signup, referral, birthday, review). */
    BONUS,
    /** Points spent, e.g. as a checkout discount. */
    REDEEM,
    /** Earned points taken back, or redeemed points given back, after a cancel or return. */
    REVERSE,
    /** Points that ran out of time. */
    EXPIRE,
    /** A manual correction by a store admin, with a reason. */
    ADJUST
}
