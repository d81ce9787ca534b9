package org.evergreenloyalty.campaign;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * The points one campaign granted on one order, keyed by the ledger event key of their EARN entry
 * ({@code campaign:<id>:order:<orderId>}), written in the transaction that books the order: the admin sums them
 * per campaign (leaving out cancelled orders, whose points were reversed with the order).
 */
@Entity
@Table(name = "EVG_CAMPAIGN_GRANT")
public class CampaignGrant {

    @Id
    @Column(name = "EVENT_KEY", length = 100)
    private String eventKey;
    @Index(name = "EVG_CAMPGRANT_CAMP_IX")
    @Column(name = "CAMPAIGN_ID", nullable = false)
    private Long campaignId;
    @Index(name = "EVG_CAMPGRANT_ORDER_IX")
    @Column(name = "ORDER_ID", nullable = false)
    private Long orderId;
    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;
    @Column(name = "POINTS", nullable = false)
    private long points;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "GRANTED_AT", nullable = false)
    private Date grantedAt;

    protected CampaignGrant() {
    }

    public CampaignGrant(String eventKey, long campaignId, long orderId, long customerId, long points, Date grantedAt) {
        this.eventKey = eventKey;
        this.campaignId = campaignId;
        this.orderId = orderId;
        this.customerId = customerId;
        this.points = points;
        this.grantedAt = new Date(grantedAt.getTime());
    }

    public String getEventKey() { return eventKey; }
    public Long getCampaignId() { return campaignId; }
    public Long getOrderId() { return orderId; }
    public Long getCustomerId() { return customerId; }
    public long getPoints() { return points; }
    public Date getGrantedAt() { return new Date(grantedAt.getTime()); }

    /** The ledger event key of a campaign's points on an order. */
    public static String eventKey(long campaignId, long orderId) {
        return "campaign:" + campaignId + ":order:" + orderId;
    }
}
