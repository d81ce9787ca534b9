package org.evergreenloyalty.reward;

/**
 * An active catalogue entry as one customer sees it: whether the spendable points cover it, how many more claims the
 * limit leaves (-1: no limit) and so whether it can be claimed now.
 */
public final class CatalogueEntry {

    private final Reward reward;
    private final long spendable;
    private final long remaining;

    public CatalogueEntry(Reward reward, long spendable, long remaining) {
        this.reward = reward;
        this.spendable = spendable;
        this.remaining = remaining;
    }

    public Reward getReward() { return reward; }
    /** The customer's spendable points (available less what carts hold). */
    public long getSpendable() { return spendable; }
    /** Whether the customer's spendable points cover the cost. */
    public boolean isAffordable() { return spendable >= reward.getPointsCost(); }
    /** Points still missing (0 when affordable). */
    public long getMissingPoints() { return Math.max(0, reward.getPointsCost() - spendable); }
    /** Claims the limit still allows, or -1 when there is no limit. */
    public long getRemaining() { return remaining; }
    /** Whether the limit is used up. */
    public boolean isLimitReached() { return remaining == 0; }
    /** Whether a claim now would succeed (affordable and within the limit). */
    public boolean isClaimable() { return isAffordable() && !isLimitReached(); }
}
