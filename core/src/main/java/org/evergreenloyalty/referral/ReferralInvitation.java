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
 * An invitation e-mail an advocate sent to a friend's address (for rate limits, stats and attribution). An address
 * that gets no e-mail (a customer, opted out, invited recently) is recorded as <em>withheld</em>: it counts towards
 * the limits and the advocate's numbers exactly like a sent one, so the form tells nobody which addresses belong to
 * customers, but it never attributes a signup and never blocks a later invitation.
 */
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

    /** True when no e-mail went out; null in rows recorded before the column existed (all were sent). */
    @Column(name = "WITHHELD")
    private Boolean withheld;

    /** Keyed hash of the IP address the form came from (per-IP hourly limit), or null. */
    @Index(name = "EVG_REFINVITE_IP_IX")
    @Column(name = "IP_HASH", length = 80)
    private String ipHash;

    protected ReferralInvitation() {
    }

    ReferralInvitation(long advocateId, String emailKey, String email, Date sentAt) {
        this.advocateId = advocateId;
        this.emailKey = emailKey;
        this.email = email;
        this.sentAt = new Date(sentAt.getTime());
    }

    ReferralInvitation(long advocateId, String emailKey, String email, Date sentAt, String ipHash, boolean withheld) {
        this(advocateId, emailKey, email, sentAt);
        this.ipHash = ipHash;
        this.withheld = withheld ? Boolean.TRUE : null;
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
    /** Whether no e-mail went out (the address was a customer's, opted out or invited recently). */
    public boolean isWithheld() { return Boolean.TRUE.equals(withheld); }
    public String getIpHash() { return ipHash; }
}
