package org.evergreenloyalty.referral;

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
 * One followed referral link ({@code GET /r/{code}} with a valid code): the first step of the referral funnel on
 * Loyalty &gt; Dashboard. Holds the advocate and the time only, nothing about the visitor.
 */
@Entity
@Table(name = "EVG_REFERRAL_VISIT")
public class ReferralVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgReferralVisitId")
    @TableGenerator(name = "EvgReferralVisitId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "ReferralVisit", allocationSize = 50)
    @Column(name = "VISIT_ID")
    private Long id;

    @Column(name = "ADVOCATE_ID", nullable = false)
    private Long advocateId;

    @Index(name = "EVG_REFVISIT_AT_IX")
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "VISITED_AT", nullable = false)
    private Date visitedAt;

    protected ReferralVisit() {
    }

    public ReferralVisit(long advocateId, Date visitedAt) {
        this.advocateId = advocateId;
        this.visitedAt = new Date(visitedAt.getTime());
    }

    public Long getId() { return id; }
    public Long getAdvocateId() { return advocateId; }
    public Date getVisitedAt() { return new Date(visitedAt.getTime()); }
}
