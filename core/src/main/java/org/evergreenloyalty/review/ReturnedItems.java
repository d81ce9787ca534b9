package org.evergreenloyalty.review;

/** Tells whether an order line was returned in full (recorded outside Broadleaf, e.g. by the admin's "return items"). */
public interface ReturnedItems {

    /** Whether every unit of order item {@code orderItemId} was returned. */
    boolean fullyReturned(long orderItemId);
}
