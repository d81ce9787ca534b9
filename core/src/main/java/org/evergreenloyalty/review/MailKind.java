package org.evergreenloyalty.review;

/** The two e-mails of a review request. */
public enum MailKind {
    /** The first e-mail with the star links. */
    REQUEST,
    /** The one reminder. */
    REMINDER
}
