package org.evergreenloyalty.review;

/** What one attempt to send an order's request or reminder did. */
public enum RequestOutcome {
    /** The request e-mail went out. */
    REQUEST_SENT,
    /** The reminder e-mail went out. */
    REMINDER_SENT,
    /** Nothing due for this order now. */
    NOT_DUE,
    /** Another run (or node) had sent it already. */
    ALREADY_SENT,
    /** Held back by the per-customer e-mail cap; tried again on later runs until the late period ends. */
    CAPPED,
    /** Not sent and never will be (see {@link SkipReason}). */
    SKIPPED,
    /** The mail server failed; retried by later runs a few times. */
    FAILED
}
