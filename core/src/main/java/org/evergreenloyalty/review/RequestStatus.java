package org.evergreenloyalty.review;

/** Where an order's review request stands. */
public enum RequestStatus {
    /** Not due yet (or waiting for fulfilment, or held back by the e-mail cap). */
    WAITING,
    /** The request went out (its e-mail's own fate is kept per e-mail). */
    SENT,
    /** No request will be sent; {@link SkipReason} says why. */
    SKIPPED
}
