package org.evergreenloyalty.points;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** The tier a customer holds now (none: no row or a null tier), and since when. */
@Entity
@Table(name = "EVG_CUSTOMER_TIER")
public class CustomerTier {

    @Id
    @Column(name = "CUSTOMER_ID")
    private Long customerId;
    @Column(name = "TIER_ID")
    private Long tierId;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SINCE", nullable = false)
    private Date since;

    protected CustomerTier() {
    }

    public CustomerTier(long customerId, Long tierId, Date since) {
        this.customerId = customerId;
        this.tierId = tierId;
        this.since = new Date(since.getTime());
    }

    void moveTo(Long tierId, Date since) {
        this.tierId = tierId;
        this.since = new Date(since.getTime());
    }

    public Long getCustomerId() { return customerId; }
    public Long getTierId() { return tierId; }
    public Date getSince() { return new Date(since.getTime()); }
}
