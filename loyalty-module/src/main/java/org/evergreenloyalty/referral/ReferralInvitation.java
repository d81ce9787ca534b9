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

/** An invitation e-mail an advocate sent to a friend's address (for rate limits, stats and attribution). */
@Entity
@Table(name = "EVG_REFERRAL_INVITE")
public class ReferralInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgReferralInviteId")
    @TableGenerator(name = "EvgReferralInviteId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "ReferralInvitation", allocationSize = 20)
    @Column(name = "INVITE_ID")
    private Long id;

    @Index(name = "EVG_REFINVITE_ADVOCATE_IX")
    @Column(name = "ADVOCATE_ID", nullable = false)
    private Long advocateId;

    @Index(name = "EVG_REFINVITE_EMAIL_IX")
    @Column(name = "EMAIL_KEY", length = 255, nullable = false)
    private String emailKey;

    @Column(name = "EMAIL", length = 255, nullable = false)
    private String email;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SENT_AT", nullable = false)
    private Date sentAt;

    @Column(name = "JOINED_CUSTOMER_ID")
    private Long joinedCustomerId;

    protected ReferralInvitation() {
    }

    ReferralInvitation(long advocateId, String emailKey, String email, Date sentAt) {
        this.advocateId = advocateId;
        this.emailKey = emailKey;
        this.email = email;
        this.sentAt = new Date(sentAt.getTime());
    }

    void joined(long customerId) {
        this.joinedCustomerId = customerId;
    }

    public Long getId() { return id; }
    public Long getAdvocateId() { return advocateId; }
    /** The address normalised (lower case, provider rules), used for matching. */
    public String getEmailKey() { return emailKey; }
    /** The address as the advocate typed it. */
    public String getEmail() { return email; }
    public Date getSentAt() { return new Date(sentAt.getTime()); }
    /** The customer who registered with this address, or null. */
    public Long getJoinedCustomerId() { return joinedCustomerId; }
}
