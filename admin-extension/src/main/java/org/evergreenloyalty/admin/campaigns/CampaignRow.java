package org.evergreenloyalty.admin.campaigns;

import org.evergreenloyalty.campaign.Campaign;
import org.evergreenloyalty.campaign.CampaignStatus;
import org.evergreenloyalty.campaign.CampaignTotals;

/** One campaign as Loyalty &gt; Campaigns lists it: the campaign, where it stands and the points it granted. */
public final class CampaignRow {

    private final Campaign campaign;
    private final CampaignStatus status;
    private final CampaignTotals totals;

    public CampaignRow(Campaign campaign, CampaignStatus status, CampaignTotals totals) {
        this.campaign = campaign;
        this.status = status;
        this.totals = totals == null ? CampaignTotals.NONE : totals;
    }

    public Campaign getCampaign() { return campaign; }
    public CampaignStatus getStatus() { return status; }
    public CampaignTotals getTotals() { return totals; }
    /** "2×" or "+100": what the campaign does, in figures. */
    public String getEffect() {
        return CampaignTexts.effect(campaign);
    }
}
