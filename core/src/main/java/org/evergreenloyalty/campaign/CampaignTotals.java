package org.evergreenloyalty.campaign;

/** The points one campaign granted: on orders that stand, on orders cancelled since (taken back), and how many orders. */
public final class CampaignTotals {

    public static final CampaignTotals NONE = new CampaignTotals(0, 0, 0);

    private final long granted;
    private final long reversed;
    private final long orders;

    public CampaignTotals(long granted, long reversed, long orders) {
        this.granted = granted;
        this.reversed = reversed;
        this.orders = orders;
    }

    /** Points granted on orders that were not cancelled. */
    public long getGranted() { return granted; }
    /** Points granted on orders cancelled since (reversed with the order). */
    public long getReversed() { return reversed; }
    /** Orders that earned from the campaign and were not cancelled. */
    public long getOrders() { return orders; }
}
