package org.evergreenloyalty.points;

import org.evergreenloyalty.ledger.AccountBalance;

/** Balances, points expiring soon and tier standing of one customer, for the account page and the admin. */
public final class AccountSummary {

    private final AccountBalance balance;
    private final PointsExpiryService.ExpiringPoints expiring;
    private final TierStatus tier;
    private final long historySize;
    private final long held;
    private long ordersBeingBooked;

    public AccountSummary(AccountBalance balance, PointsExpiryService.ExpiringPoints expiring, TierStatus tier) {
        this(balance, expiring, tier, 0, 0);
    }

    /**
     * @param historySize the number of ledger entries
     * @param held        points held by active reservations of any cart
     */
    public AccountSummary(AccountBalance balance, PointsExpiryService.ExpiringPoints expiring, TierStatus tier,
                          long historySize, long held) {
        this.balance = balance;
        this.expiring = expiring;
        this.tier = tier;
        this.historySize = historySize;
        this.held = held;
    }

    public AccountBalance getBalance() { return balance; }
    public PointsExpiryService.ExpiringPoints getExpiring() { return expiring; }
    public TierStatus getTier() { return tier; }
    public long getHistorySize() { return historySize; }
    public long getHeld() { return held; }
    /** Placed orders whose points are being booked right now (their order event is still with a worker). */
    public long getOrdersBeingBooked() { return ordersBeingBooked; }

    /** The same summary with the number of orders being booked. */
    public AccountSummary withOrdersBeingBooked(long n) {
        this.ordersBeingBooked = n;
        return this;
    }
    /** Available points not held by a reservation: what a voucher can be bought with. */
    public long getSpendable() { return Math.max(0, balance.getAvailable() - held); }
}
