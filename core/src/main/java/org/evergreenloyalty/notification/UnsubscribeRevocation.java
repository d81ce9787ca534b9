package org.evergreenloyalty.notification;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A customer's revoked unsubscribe links: every link issued up to {@code revokedAt} is void. */
@Entity
@Table(name = "EVG_UNSUBSCRIBE_REVOKED")
public class UnsubscribeRevocation {

    @Id
    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REVOKED_AT", nullable = false)
    private Date revokedAt;

    protected UnsubscribeRevocation() {
    }

    UnsubscribeRevocation(long customerId, Date revokedAt) {
        this.customerId = customerId;
        this.revokedAt = new Date(revokedAt.getTime());
    }

    void moveTo(Date at) {
        this.revokedAt = new Date(at.getTime());
    }

    public Long getCustomerId() { return customerId; }
    public Date getRevokedAt() { return new Date(revokedAt.getTime()); }
}
