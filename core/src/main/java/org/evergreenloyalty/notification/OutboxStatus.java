package org.evergreenloyalty.notification;

/** Where an e-mail of the outbox stands. */
public enum OutboxStatus {
    /** Waiting to be sent (first time, after a failed attempt, or held back by the daily cap). */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** Not sent and never will be: unsubscribed, e-mail switched off, or no address. */
    SKIPPED,
    /** Every attempt failed; an admin may look at {@code lastError}. */
    FAILED
}
