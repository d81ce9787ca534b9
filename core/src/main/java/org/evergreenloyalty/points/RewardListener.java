package org.evergreenloyalty.points;

/**
 * Told when a customer claims a reward bought with points (a fixed-value voucher, or an entry of the rewards
 * catalogue), inside the transaction that spends the points, so what it writes (a webhook event) commits or rolls
 * back with the claim.
 */
public interface RewardListener {

    /** Does nothing: the listener of a service nobody listens to. */
    RewardListener NONE = claim -> { };

    /** The customer claimed {@code claim}; its points are already spent in the same transaction. */
    void claimed(ClaimedReward claim);
}
