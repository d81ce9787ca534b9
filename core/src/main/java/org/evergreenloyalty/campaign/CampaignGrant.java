package org.evergreenloyalty.campaign;

import java.util.Date;

/**
 * The points one campaign granted on one order, keyed by the ledger event key of their EARN entry
 * ({@code campaign:<id>:order:<orderId>}), written in the transaction that books the order: the admin sums them
 * per campaign (leaving out cancelled orders, whose points were reversed with the order). A row of
 * {@value CampaignRepository#GRANT_TABLE}, read and written with plain SQL (no entity).
 */
public class CampaignGrant {

    private final String eventKey;
    private final Long campaignId;
    private final Long orderId;
    private final Long customerId;
    private final long points;
    private final Date grantedAt;

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
