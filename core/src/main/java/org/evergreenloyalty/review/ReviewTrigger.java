package org.evergreenloyalty.review;

/**
 * What starts the clock of a review request. Community Broadleaf 3.1 has no fulfilment event, so the store
 * chooses: a number of days after the order was submitted, or after all of its fulfillment groups have
 * reached one of the statuses the store sets (first seen by the job).
 */
public enum ReviewTrigger {
    /** Request {@code delayDays} after the order was submitted. */
    SUBMITTED,
    /**
     * Request {@code delayDays} after the job first saw every fulfillment group of the order in one of the
     * settings' fulfillment statuses (e.g. FULFILLED, DELIVERED).
     */
    FULFILLMENT_STATUS
}
