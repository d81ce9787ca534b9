package org.evergreenloyalty.points;

import org.evergreenloyalty.ledger.AccountBalance;

/** Balances, points expiring soon and tier standing of one customer, for the account page and the admin. */
public final class AccountSummary {

    private final AccountBalance balance;
    private final PointsExpiryService.ExpiringPoints expiring;
    private final TierStatus tier;

    public AccountSummary(AccountBalance balance, PointsExpiryService.ExpiringPoints expiring, TierStatus tier) {
        this.balance = balance;
        this.expiring = expiring;
        this.tier = tier;
    }

    public AccountBalance getBalance() { return balance; }
    public PointsExpiryService.ExpiringPoints getExpiring() { return expiring; }
    public TierStatus getTier() { return tier; }
}
