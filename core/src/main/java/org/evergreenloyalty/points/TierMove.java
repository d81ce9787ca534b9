package org.evergreenloyalty.points;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * A customer's move from one tier to another (null: no tier), written when {@link TierService#evaluate} changes the
 * tier: the history behind the tier movements on Loyalty &gt; Dashboard.
 */
@Entity
@Table(name = "EVG_TIER_MOVE")
public class TierMove {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgTierMoveId")
    @TableGenerator(name = "EvgTierMoveId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "TierMove", allocationSize = 50)
    @Column(name = "MOVE_ID")
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Column(name = "FROM_TIER_ID")
    private Long fromTierId;

    @Column(name = "TO_TIER_ID")
    private Long toTierId;

    /** True for a move to a higher tier (or from none into one). */
    @Column(name = "UPGRADE", nullable = false)
    private Boolean upgrade;

    @Index(name = "EVG_TIERMOVE_AT_IX")
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "MOVED_AT", nullable = false)
    private Date movedAt;

    protected TierMove() {
    }

    public TierMove(long customerId, Long fromTierId, Long toTierId, boolean upgrade, Date movedAt) {
        this.customerId = customerId;
        this.fromTierId = fromTierId;
        this.toTierId = toTierId;
        this.upgrade = upgrade;
        this.movedAt = new Date(movedAt.getTime());
    }

    public Long getId() { return id; }
    public Long getCustomerId() { return customerId; }
    public Long getFromTierId() { return fromTierId; }
    public Long getToTierId() { return toTierId; }
    public boolean isUpgrade() { return Boolean.TRUE.equals(upgrade); }
    public Date getMovedAt() { return new Date(movedAt.getTime()); }
}
