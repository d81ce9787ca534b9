package org.evergreenloyalty.birthday;

/** What became of a reward's birthday e-mail. */
public enum MailStatus {
    /** Not sent yet. */
    PENDING,
    /** A job run is sending it right now (or died while doing so; retried after a while). */
    SENDING,
    /** Queued in the mail outbox, which sends it (and retries it) after the commit. */
    QUEUED,
    /** Handed to the mail server. */
    SENT,
    /** Not sent: the customer unsubscribed from birthday e-mails (the reward still shows in the account). */
    UNSUBSCRIBED,
    /** Not sent: e-mail is switched off (module-wide or for birthdays). */
    DISABLED,
    /** Not sent: the customer has no e-mail address. */
    NO_ADDRESS,
    /** Sending failed; retried by the next runs, a few times. */
    FAILED
}
