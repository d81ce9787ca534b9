package org.evergreenloyalty.ledger;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

/**
 * A customer's points account (Fowler's Account): its balances are kept in step with its
 * {@link LedgerEntry entries} and change only by posting an entry. Keyed by the store's customer id.
 */
@Entity
@Table(name = "EVG_LOYALTY_ACCOUNT")
public class LoyaltyAccount {

    @Id
    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Column(name = "AVAILABLE", nullable = false)
    private long available;

    @Column(name = "PENDING", nullable = false)
    private long pending;

    @Column(name = "LIFETIME_EARNED", nullable = false)
    private long lifetimeEarned;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_ACTIVITY_AT")
    private Date lastActivityAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected LoyaltyAccount() {
    }

    LoyaltyAccount(long customerId, Date createdAt) {
        this.customerId = customerId;
        this.createdAt = new Date(createdAt.getTime());
    }

    /** Applies an entry's deltas; only the ledger calls this, right after persisting the entry. */
    void apply(LedgerEntry entry) {
        available += entry.getAvailableDelta();
        pending += entry.getPendingDelta();
        lifetimeEarned += entry.getEarnedDelta();
        if (isActivity(entry.getType())) {
            lastActivityAt = entry.getCreatedAt();
        }
    }

    /** Whether an entry of this type counts as the customer's activity (earn, bonus, redeem). */
    static boolean isActivity(EntryType type) {
        return type == EntryType.EARN || type == EntryType.BONUS || type == EntryType.REDEEM;
    }

    public long getCustomerId() { return customerId; }
    /** Points the customer can spend now (negative while a debt from reversals is open). */
    public long getAvailable() { return available; }
    /** Points earned by orders still inside their pending period. */
    public long getPending() { return pending; }
    /** All points ever earned, net of reversals. */
    public long getLifetimeEarned() { return lifetimeEarned; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
    /** Time of the last earn, bonus or redeem (drives inactivity expiry); null if none. */
    public Date getLastActivityAt() { return lastActivityAt == null ? null : new Date(lastActivityAt.getTime()); }
}
