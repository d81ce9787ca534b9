package org.evergreenloyalty.notification;

/**
 * Whether an e-mail counts against the per-customer daily cap of the outbox: marketing e-mails do
 * (birthday, reviews, points and tier notices), transactional ones never do (reports to the store, an
 * invitation the shopper sent, test messages).
 */
public enum MailKind {
    /** Counts against {@code evergreen.mail.outbox.marketingPerDay}. */
    MARKETING,
    /** Exempt from the cap. */
    TRANSACTIONAL
}
