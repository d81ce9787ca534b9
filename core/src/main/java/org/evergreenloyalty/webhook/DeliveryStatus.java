package org.evergreenloyalty.webhook;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed; an admin may resend it. */
    FAILED
}
