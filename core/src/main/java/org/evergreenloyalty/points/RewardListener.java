package org.evergreenloyalty.points;

/**
 * Told when a customer claims a reward bought with points (today a fixed-value voucher from the account page),
 * inside the transaction that spends the points, so what it writes (a webhook event) commits or rolls back with the
 * claim.
 */
public interface RewardListener {

    /** Does nothing: the listener of a redemption service nobody listens to. */
    RewardListener NONE = voucher -> { };

    /** The customer bought {@code voucher}; its points are already spent in the same transaction. */
    void claimed(PointsVoucher voucher);
}
