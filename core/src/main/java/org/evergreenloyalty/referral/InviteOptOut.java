package org.evergreenloyalty.referral;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * An address that asked not to receive invitations (the link in every invitation e-mail). The addressee is
 * not a customer, so the customer unsubscribe preferences cannot hold it.
 */
@Entity
@Table(name = "EVG_REFERRAL_INVITE_OPTOUT")
public class InviteOptOut {

    @Id
    @Column(name = "EMAIL_KEY", length = 255, nullable = false)
    private String emailKey;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "OPTED_OUT_AT", nullable = false)
    private Date optedOutAt;

    protected InviteOptOut() {
    }

    InviteOptOut(String emailKey, Date at) {
        this.emailKey = emailKey;
        this.optedOutAt = new Date(at.getTime());
    }

    public String getEmailKey() { return emailKey; }
    public Date getOptedOutAt() { return new Date(optedOutAt.getTime()); }
}
