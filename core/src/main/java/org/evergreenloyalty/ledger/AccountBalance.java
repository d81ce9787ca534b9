package org.evergreenloyalty.ledger;

/** A read-only snapshot of an account's balances (all zero for a customer without an account). */
public final class AccountBalance {

    private final long customerId;
    private final long available;
    private final long pending;
    private final long lifetimeEarned;
    private final long earnedLast12Months;

    public AccountBalance(long customerId, long available, long pending, long lifetimeEarned, long earnedLast12Months) {
        this.customerId = customerId;
        this.available = available;
        this.pending = pending;
        this.lifetimeEarned = lifetimeEarned;
        this.earnedLast12Months = earnedLast12Months;
    }

    public long getCustomerId() { return customerId; }
    public long getAvailable() { return available; }
    public long getPending() { return pending; }
    public long getLifetimeEarned() { return lifetimeEarned; }
    /** Points earned (net of reversals) in the 12 months before the snapshot ({@link org.evergreenloyalty.support.TwelveMonths}). */
    public long getEarnedLast12Months() { return earnedLast12Months; }
}
