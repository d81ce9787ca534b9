package org.evergreenloyalty.review;

/** What became of one review e-mail. */
public enum MailState {
    /** A run is sending it (or died doing so; retried after a while). */
    SENDING,
    /** Handed to the mail server. */
    SENT,
    /** The mail server failed; retried by later runs a few times. */
    FAILED,
    /** Not sent: the customer unsubscribed meanwhile. */
    UNSUBSCRIBED,
    /** Not sent: e-mail is switched off module-wide. */
    DISABLED
}
