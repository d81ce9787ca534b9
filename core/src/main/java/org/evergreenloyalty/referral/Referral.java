package org.evergreenloyalty.referral;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

import org.hibernate.annotations.Index;

/**
 * One referral: an advocate brought a friend. FRIEND_ID is unique, so each referred customer counts once.
 * It carries the friend's welcome code, the first order that qualified it, the advocate's reward and the
 * current status with the reason of the last decision; every decision is also kept as a
 * {@link ReferralDecision}. Status changes go through {@link #moveTo}.
 */
@Entity
@Table(name = "EVG_REFERRAL", uniqueConstraints = @UniqueConstraint(name = "EVG_REFERRAL_FRIEND_UK", columnNames = "FRIEND_ID"))
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgReferralId")
    @TableGenerator(name = "EvgReferralId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "Referral", allocationSize = 20)
    @Column(name = "REFERRAL_ID")
    private Long id;

    @Index(name = "EVG_REFERRAL_ADVOCATE_IX")
    @Column(name = "ADVOCATE_ID", nullable = false)
    private Long advocateId;

    @Column(name = "FRIEND_ID", nullable = false)
    private Long friendId;

    @Column(name = "CODE", length = 16, nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", length = 20, nullable = false)
    private ReferralSource source;

    @Enumerated(EnumType.STRING)
    @Index(name = "EVG_REFERRAL_STATUS_IX")
    @Column(name = "STATUS", length = 20, nullable = false)
    private ReferralStatus status;

    @Column(name = "STATUS_REASON", length = 1000)
    private String statusReason;

    @Column(name = "FRIEND_EMAIL_KEY", length = 255)
    private String friendEmailKey;

    @Index(name = "EVG_REFERRAL_IP_IX")
    @Column(name = "SIGNUP_IP_HASH", length = 64)
    private String signupIpHash;

    @Column(name = "SIGNUP_UA_HASH", length = 64)
    private String signupUserAgentHash;

    @Index(name = "EVG_REFERRAL_CREATED_IX")
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    @Column(name = "FRIEND_CODE", length = 100)
    private String friendCode;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "FRIEND_CODE_VALID_UNTIL")
    private Date friendCodeValidUntil;

    @Index(name = "EVG_REFERRAL_ORDER_IX")
    @Column(name = "ORDER_ID")
    private Long orderId;

    @Column(name = "ORDER_NUMBER", length = 100)
    private String orderNumber;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ORDERED_AT")
    private Date orderedAt;

    @Column(name = "ORDER_SUBTOTAL", precision = 19, scale = 5)
    private BigDecimal orderSubtotal;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REWARD_DUE_AT")
    private Date rewardDueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "REWARD_KIND", length = 10)
    private AdvocateRewardKind rewardKind;

    @Column(name = "REWARD_POINTS")
    private Long rewardPoints;

    @Column(name = "REWARD_CODE", length = 100)
    private String rewardCode;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REWARDED_AT")
    private Date rewardedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REVERSED_AT")
    private Date reversedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private Long version;

    protected Referral() {
    }

    Referral(long advocateId, long friendId, String code, ReferralSource source, String friendEmailKey,
             String signupIpHash, String signupUserAgentHash, Date now) {
        this.advocateId = advocateId;
        this.friendId = friendId;
        this.code = code;
        this.source = source;
        this.friendEmailKey = friendEmailKey;
        this.signupIpHash = signupIpHash;
        this.signupUserAgentHash = signupUserAgentHash;
        this.createdAt = new Date(now.getTime());
        this.updatedAt = new Date(now.getTime());
    }

    /**
     * Sets the status and its reason and returns the decision to record.
     *
     * @param actor who decided: "system", a job name, or an admin user
     */
    ReferralDecision moveTo(ReferralStatus to, String reason, String actor, Date now) {
        ReferralStatus from = status;
        status = to;
        statusReason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        updatedAt = new Date(now.getTime());
        return new ReferralDecision(id, from, to, reason, actor, now);
    }

    void friendCodeIssued(String code, Date validUntil) {
        this.friendCode = code;
        this.friendCodeValidUntil = validUntil == null ? null : new Date(validUntil.getTime());
    }

    void firstOrder(long orderId, String orderNumber, Date orderedAt, BigDecimal subtotal) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.orderedAt = orderedAt == null ? null : new Date(orderedAt.getTime());
        this.orderSubtotal = subtotal;
    }

    void rewardDue(Date dueAt) {
        this.rewardDueAt = dueAt == null ? null : new Date(dueAt.getTime());
    }

    void rewarded(AdvocateRewardKind kind, Long points, String code, Date at) {
        this.rewardKind = kind;
        this.rewardPoints = points;
        this.rewardCode = code;
        this.rewardedAt = new Date(at.getTime());
    }

    void reversed(Date at) {
        this.reversedAt = new Date(at.getTime());
    }

    public Long getId() { return id; }
    public Long getAdvocateId() { return advocateId; }
    public Long getFriendId() { return friendId; }
    /** The advocate's code the friend came with. */
    public String getCode() { return code; }
    public ReferralSource getSource() { return source; }
    public ReferralStatus getStatus() { return status; }
    /** Why the referral has its current status. */
    public String getStatusReason() { return statusReason; }
    /** The friend's e-mail address as normalised for the self-referral rule. */
    public String getFriendEmailKey() { return friendEmailKey; }
    public String getSignupIpHash() { return signupIpHash; }
    public String getSignupUserAgentHash() { return signupUserAgentHash; }
    public Date getCreatedAt() { return copy(createdAt); }
    public Date getUpdatedAt() { return copy(updatedAt); }
    /** The friend's single-use welcome discount code, or null while none was issued. */
    public String getFriendCode() { return friendCode; }
    public Date getFriendCodeValidUntil() { return copy(friendCodeValidUntil); }
    /** The friend's first order, or null before it. */
    public Long getOrderId() { return orderId; }
    public String getOrderNumber() { return orderNumber; }
    public Date getOrderedAt() { return copy(orderedAt); }
    public BigDecimal getOrderSubtotal() { return orderSubtotal; }
    /** When the advocate's reward becomes due (end of the approval period), or null. */
    public Date getRewardDueAt() { return copy(rewardDueAt); }
    public AdvocateRewardKind getRewardKind() { return rewardKind; }
    public Long getRewardPoints() { return rewardPoints; }
    public String getRewardCode() { return rewardCode; }
    public Date getRewardedAt() { return copy(rewardedAt); }
    /** When a granted reward was taken back, or null. */
    public Date getReversedAt() { return copy(reversedAt); }

    private static Date copy(Date d) {
        return d == null ? null : new Date(d.getTime());
    }

    @Override
    public String toString() {
        return "referral " + id + " (advocate " + advocateId + ", friend " + friendId + ", " + status + ")";
    }
}
