package org.evergreenloyalty.points;

import java.util.Date;

/**
 * A customer's move from one tier to another (null: no tier), written when {@link TierService#evaluate} changes the
 * tier: the history behind the tier movements on Loyalty &gt; Dashboard. A row of {@value TierRepository#MOVE_TABLE}
 * (MOVE_ID, CUSTOMER_ID, FROM_TIER_ID, TO_TIER_ID, UPGRADE, MOVED_AT; index EVG_TIERMOVE_AT_IX on MOVED_AT), written by
 * {@link TierRepository#recordMove}.
 */
public class TierMove {

    private final long customerId;
    private final Long fromTierId;
    private final Long toTierId;
    private final boolean upgrade;
    private final Date movedAt;

    public TierMove(long customerId, Long fromTierId, Long toTierId, boolean upgrade, Date movedAt) {
        this.customerId = customerId;
        this.fromTierId = fromTierId;
        this.toTierId = toTierId;
        this.upgrade = upgrade;
        this.movedAt = new Date(movedAt.getTime());
    }

    public long getCustomerId() { return customerId; }
    public Long getFromTierId() { return fromTierId; }
    public Long getToTierId() { return toTierId; }
    /** True for a move to a higher tier (or from none into one). */
    public boolean isUpgrade() { return upgrade; }
    public Date getMovedAt() { return new Date(movedAt.getTime()); }
}
