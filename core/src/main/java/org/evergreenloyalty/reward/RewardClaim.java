package org.evergreenloyalty.reward;

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
 * A reward a customer claimed: the points it cost, its single-use store code (bound to the customer), until when it
 * is valid, and what became of it (reminded, used by an order, refunded to points).
 */
@Entity
@Table(name = "EVG_REWARD_CLAIM")
@org.hibernate.annotations.Table(appliesTo = "EVG_REWARD_CLAIM", indexes = {
        @Index(name = "EVG_RCLAIM_CUST_IDX", columnNames = {"CUSTOMER_ID", "REWARD_ID"}),
        @Index(name = "EVG_RCLAIM_REWARD_IDX", columnNames = {"REWARD_ID"}),
        @Index(name = "EVG_RCLAIM_CODE_IDX", columnNames = {"CODE"}),
        @Index(name = "EVG_RCLAIM_DUE_IDX", columnNames = {"VALID_UNTIL", "REMINDED_AT"})})
public class RewardClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgRewardClaimId")
    @TableGenerator(name = "EvgRewardClaimId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "RewardClaim", allocationSize = 20)
    @Column(name = "CLAIM_ID")
    private Long id;
    @Column(name = "REWARD_ID", nullable = false)
    private Long rewardId;
    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;
    @Column(name = "POINTS", nullable = false)
    private long points;
    @Column(name = "CODE", nullable = false, length = 100)
    private String code;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CLAIMED_AT", nullable = false)
    private Date claimedAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "VALID_UNTIL", nullable = false)
    private Date validUntil;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REMINDED_AT")
    private Date remindedAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "USED_AT")
    private Date usedAt;
    @Column(name = "USED_ORDER_ID")
    private Long usedOrderId;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REFUNDED_AT")
    private Date refundedAt;

    protected RewardClaim() {
    }

    RewardClaim(long rewardId, long customerId, long points, String code, Date claimedAt, Date validUntil) {
        this.rewardId = rewardId;
        this.customerId = customerId;
        this.points = points;
        this.code = code;
        this.claimedAt = new Date(claimedAt.getTime());
        this.validUntil = new Date(validUntil.getTime());
    }

    public Long getId() { return id; }
    public Long getRewardId() { return rewardId; }
    public Long getCustomerId() { return customerId; }
    public long getPoints() { return points; }
    public String getCode() { return code; }
    public Date getClaimedAt() { return copy(claimedAt); }
    public Date getValidUntil() { return copy(validUntil); }
    /** When the expiry reminder was queued, or null. */
    public Date getRemindedAt() { return copy(remindedAt); }
    /** When a placed order used the code, or null. */
    public Date getUsedAt() { return copy(usedAt); }
    public Long getUsedOrderId() { return usedOrderId; }
    /** When the points were given back, or null. */
    public Date getRefundedAt() { return copy(refundedAt); }
    public boolean isUsed() { return usedAt != null; }
    public boolean isRefunded() { return refundedAt != null; }

    /** The claim's state at {@code now}. */
    public ClaimStatus statusAt(Date now) {
        if (refundedAt != null) {
            return ClaimStatus.REFUNDED;
        }
        if (usedAt != null) {
            return ClaimStatus.USED;
        }
        return validUntil.after(now) ? ClaimStatus.READY : ClaimStatus.EXPIRED;
    }

    void markUsed(long orderId, Date at) {
        this.usedOrderId = orderId;
        this.usedAt = new Date(at.getTime());
    }

    void markReminded(Date at) {
        this.remindedAt = new Date(at.getTime());
    }

    void markRefunded(Date at) {
        this.refundedAt = new Date(at.getTime());
    }

    private static Date copy(Date d) {
        return d == null ? null : new Date(d.getTime());
    }
}
