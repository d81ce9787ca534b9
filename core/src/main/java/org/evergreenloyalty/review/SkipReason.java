package org.evergreenloyalty.review;

/** Why an order gets no review request (or no reminder). */
public enum SkipReason {
    /** The order was cancelled (or is gone). */
    CANCELLED,
    /** Every product was returned, reviewed already, asked about recently, or is no longer sold. */
    NOTHING_TO_ASK,
    /** The customer unsubscribed from review e-mails. */
    UNSUBSCRIBED,
    /** The customer has no e-mail address. */
    NO_ADDRESS,
    /** It was not sent within the late period after it became due (job off, e-mail cap). */
    TOO_LATE,
    /** The fulfilment status was never reached within the waiting period. */
    NEVER_FULFILLED,
    /** Reminder only: the shopper reviewed a product of the order already. */
    ALREADY_REVIEWED,
    /** Reminder only: the request e-mail itself was not delivered. */
    REQUEST_NOT_SENT,
    /** Reminder only: reminders were switched off when it became due. */
    REMINDERS_OFF
}
