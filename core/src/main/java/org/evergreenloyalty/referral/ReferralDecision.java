package org.evergreenloyalty.referral;

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

import org.hibernate.annotations.Index;

/** One status change of a referral with its reason and who made it (immutable audit trail). */
@Entity
@Table(name = "EVG_REFERRAL_DECISION")
public class ReferralDecision {

    /** The actor of decisions the module takes by itself. */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgReferralDecisionId")
    @TableGenerator(name = "EvgReferralDecisionId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "ReferralDecision", allocationSize = 50)
    @Column(name = "DECISION_ID")
    private Long id;

    @Index(name = "EVG_REFDECISION_REFERRAL_IX")
    @Column(name = "REFERRAL_ID", nullable = false)
    private Long referralId;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_STATUS", length = 20)
    private ReferralStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_STATUS", length = 20, nullable = false)
    private ReferralStatus toStatus;

    @Column(name = "REASON", length = 1000, nullable = false)
    private String reason;

    @Column(name = "ACTOR", length = 100, nullable = false)
    private String actor;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "DECIDED_AT", nullable = false)
    private Date decidedAt;

    protected ReferralDecision() {
    }

    ReferralDecision(Long referralId, ReferralStatus from, ReferralStatus to, String reason, String actor, Date at) {
        this.referralId = referralId;
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason == null ? "" : (reason.length() > 1000 ? reason.substring(0, 1000) : reason);
        this.actor = actor == null ? SYSTEM : (actor.length() > 100 ? actor.substring(0, 100) : actor);
        this.decidedAt = new Date(at.getTime());
    }

    void attachTo(long referralId) {
        this.referralId = referralId;
    }

    public Long getId() { return id; }
    public Long getReferralId() { return referralId; }
    /** The status before, null for the first decision. */
    public ReferralStatus getFromStatus() { return fromStatus; }
    public ReferralStatus getToStatus() { return toStatus; }
    public String getReason() { return reason; }
    public String getActor() { return actor; }
    public Date getDecidedAt() { return new Date(decidedAt.getTime()); }
}
