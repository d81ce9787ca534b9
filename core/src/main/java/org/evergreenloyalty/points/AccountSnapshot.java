package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.Date;

/**
 * Everything the account page needs about one customer's points in one database round trip: the stored balances,
 * the points earned and spent in the last 12 months, the size of the history, the points expiring soon, the points
 * held by active reservations, and the id of the tier held now.
 */
public final class AccountSnapshot {

    private final long available;
    private final long pending;
    private final long lifetimeEarned;
    private final long earnedSince;
    private final long spendSince;
    private final long entries;
    private final long expiringPoints;
    private final Date firstExpiry;
    private final long held;
    private final Long tierId;
    private long ordersBeingBooked;

    public AccountSnapshot(long available, long pending, long lifetimeEarned, long earnedSince, long spendSince, long entries,
                           long expiringPoints, Date firstExpiry, long held, Long tierId) {
        this.available = available;
        this.pending = pending;
        this.lifetimeEarned = lifetimeEarned;
        this.earnedSince = earnedSince;
        this.spendSince = spendSince;
        this.entries = entries;
        this.expiringPoints = expiringPoints;
        this.firstExpiry = firstExpiry == null ? null : new Date(firstExpiry.getTime());
        this.held = held;
        this.tierId = tierId;
    }

    /** A customer without an account: nothing anywhere, except perhaps a tier. */
    static AccountSnapshot empty(Long tierId) {
        return new AccountSnapshot(0, 0, 0, 0, 0, 0, 0, null, 0, tierId);
    }

    public long getAvailable() { return available; }
    public long getPending() { return pending; }
    public long getLifetimeEarned() { return lifetimeEarned; }
    /** Points earned (net of reversals) since the snapshot's date. */
    public long getEarnedSince() { return earnedSince; }
    /** Order value bought since the snapshot's date (not cancelled, net of returns; 0 at least). */
    public long getSpendSince() { return spendSince; }
    /** Number of ledger entries. */
    public long getEntries() { return entries; }
    public long getExpiringPoints() { return expiringPoints; }
    public Date getFirstExpiry() { return firstExpiry == null ? null : new Date(firstExpiry.getTime()); }
    /** Points held by active, unexpired reservations of any cart. */
    public long getHeld() { return held; }
    public Long getTierId() { return tierId; }
    /** Placed orders of the customer whose order event the worker has not booked yet. */
    public long getOrdersBeingBooked() { return ordersBeingBooked; }

    /** The same snapshot with the number of the customer's orders not booked yet. */
    AccountSnapshot withOrdersBeingBooked(long n) {
        this.ordersBeingBooked = n;
        return this;
    }

    static long longOf(Object o) {
        if (o instanceof BigDecimal) {
            return ((BigDecimal) o).max(BigDecimal.ZERO).longValue();
        }
        return o == null ? 0 : ((Number) o).longValue();
    }
}
