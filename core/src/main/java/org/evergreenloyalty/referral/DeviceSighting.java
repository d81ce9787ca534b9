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
 * A customer seen from an IP address and browser (user agent) at some time, for the same-device fraud
 * rule. Only keyed hashes of the address and user agent are stored, never the values; old rows are purged
 * by the {@code referral-cleanup} job.
 */
@Entity
@Table(name = "EVG_REFERRAL_SIGHTING")
public class DeviceSighting {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgReferralSightingId")
    @TableGenerator(name = "EvgReferralSightingId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "DeviceSighting", allocationSize = 50)
    @Column(name = "SIGHTING_ID")
    private Long id;

    @Index(name = "EVG_REFSIGHT_CUSTOMER_IX")
    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Column(name = "IP_HASH", length = 64, nullable = false)
    private String ipHash;

    @Column(name = "UA_HASH", length = 64, nullable = false)
    private String userAgentHash;

    @Column(name = "OCCASION", length = 20, nullable = false)
    private String occasion;

    @Index(name = "EVG_REFSIGHT_SEEN_IX")
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SEEN_AT", nullable = false)
    private Date seenAt;

    protected DeviceSighting() {
    }

    DeviceSighting(long customerId, String ipHash, String userAgentHash, String occasion, Date seenAt) {
        this.customerId = customerId;
        this.ipHash = ipHash;
        this.userAgentHash = userAgentHash;
        this.occasion = occasion;
        this.seenAt = new Date(seenAt.getTime());
    }

    public Long getId() { return id; }
    public Long getCustomerId() { return customerId; }
    public String getIpHash() { return ipHash; }
    public String getUserAgentHash() { return userAgentHash; }
    /** Where the customer was seen: signup, referral-page, code, order. */
    public String getOccasion() { return occasion; }
    public Date getSeenAt() { return new Date(seenAt.getTime()); }
}
