package org.evergreenloyalty.referral;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

import org.hibernate.annotations.Index;

/**
 * A customer's referral code. The code is the primary key (unique across all customers, retired ones
 * included); ACTIVE_CUSTOMER_ID is unique and set only while the code is in use, so each customer has at
 * most one active code and a retired code is never handed out again.
 */
@Entity
@Table(name = "EVG_REFERRAL_CODE", uniqueConstraints = @UniqueConstraint(name = "EVG_REFCODE_ACTIVE_UK", columnNames = "ACTIVE_CUSTOMER_ID"))
public class ReferralCode {

    @Id
    @Column(name = "CODE", length = 16, nullable = false)
    private String code;

    @Index(name = "EVG_REFCODE_CUSTOMER_IX")
    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Column(name = "ACTIVE_CUSTOMER_ID")
    private Long activeCustomerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "RETIRED_AT")
    private Date retiredAt;

    protected ReferralCode() {
    }

    ReferralCode(String code, long customerId, Date createdAt) {
        this.code = code;
        this.customerId = customerId;
        this.activeCustomerId = customerId;
        this.createdAt = new Date(createdAt.getTime());
    }

    public String getCode() { return code; }
    public Long getCustomerId() { return customerId; }
    public boolean isActive() { return activeCustomerId != null; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
    public Date getRetiredAt() { return retiredAt == null ? null : new Date(retiredAt.getTime()); }

    void retire(Date now) {
        activeCustomerId = null;
        retiredAt = new Date(now.getTime());
    }
}
