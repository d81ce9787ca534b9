package org.evergreenloyalty.points;

/** The life of a points reservation. */
public enum ReservationStatus {
    /** Held for a cart's discount; not spendable elsewhere. */
    ACTIVE,
    /** Given back: discount removed, timed out, or checkout rolled back. */
    RELEASED,
    /** Deducted from the balance when the order was placed. */
    CONSUMED
}
