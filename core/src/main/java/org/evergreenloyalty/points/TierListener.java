package org.evergreenloyalty.points;

import java.util.Date;

/**
 * Learns of a customer's tier move (up or, on review, down) inside the transaction that makes it, so what it
 * writes commits or rolls back with the move.
 */
public interface TierListener {

    /** {@code customerId} moved from {@code from} to {@code to} (either may be null: no tier). */
    void tierChanged(long customerId, LoyaltyTier from, LoyaltyTier to, boolean upgrade, Date at);
}
