package org.evergreenloyalty.reward;

/** Where a claimed reward stands for the shopper. */
public enum ClaimStatus {
    /** Valid and unused: the code can be used at checkout. */
    READY,
    /** A placed order used the code. */
    USED,
    /** Past its validity, unused. */
    EXPIRED,
    /** Given back for its points; the code is retired. */
    REFUNDED
}
