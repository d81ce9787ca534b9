package org.evergreenloyalty.notification;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EmbeddedId;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A customer's choice about one e-mail category, keyed by customer id and category. Customers without
 * a row are subscribed; a row exists once they unsubscribed (and stays, flipped back, if they subscribe again).
 */
@Entity
@Table(name = "EVG_EMAIL_PREFERENCE")
public class EmailPreference {

    @EmbeddedId
    private EmailPreferenceId id;

    @Column(name = "SUBSCRIBED", nullable = false)
    private boolean subscribed;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "UPDATED_AT", nullable = false)
    private Date updatedAt;

    protected EmailPreference() {
    }

    public EmailPreference(long customerId, String category, boolean subscribed, Date updatedAt) {
        this.id = new EmailPreferenceId(customerId, category);
        this.subscribed = subscribed;
        this.updatedAt = new Date(updatedAt.getTime());
    }

    public long getCustomerId() { return id.getCustomerId(); }
    public String getCategory() { return id.getCategory(); }
    public boolean isSubscribed() { return subscribed; }
    public Date getUpdatedAt() { return new Date(updatedAt.getTime()); }

    /** Records a new choice. */
    public void setSubscribed(boolean subscribed, Date when) {
        this.subscribed = subscribed;
        this.updatedAt = new Date(when.getTime());
    }
}
