package org.evergreenloyalty.notification;

/** What became of an e-mail handed to the {@link LoyaltyMailer}. */
public enum MailOutcome {
    /** Handed to the mail server. */
    SENT,
    /** Not sent: the customer unsubscribed from the e-mail's category (or from all). */
    UNSUBSCRIBED,
    /** Not sent: e-mail is switched off ({@code evergreen.mail.enabled=false}). */
    MAIL_DISABLED
}
