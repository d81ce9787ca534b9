package org.evergreenloyalty.insights;

/**
 * How much the program is used in a period: points issued and redeemed, the share of placed orders that earned
 * and that redeemed points, members and active members, points per earning order, vouchers bought and used.
 */
public final class ProgramHealth {

    private final long pointsIssued;
    private final long pointsRedeemed;
    private final long ordersPlaced;
    private final long ordersEarning;
    private final long ordersRedeeming;
    private final long pointsEarnedByOrders;
    private final long members;
    private final long activeMembers;
    private final long vouchersIssued;
    private final long vouchersUsed;

    public ProgramHealth(long pointsIssued, long pointsRedeemed, long ordersPlaced, long[] orderPoints, long members,
                         long activeMembers, long[] vouchers) {
        this.pointsIssued = pointsIssued;
        this.pointsRedeemed = pointsRedeemed;
        this.ordersPlaced = ordersPlaced;
        this.ordersEarning = orderPoints[1];
        this.ordersRedeeming = orderPoints[2];
        this.pointsEarnedByOrders = orderPoints[3];
        this.members = members;
        this.activeMembers = activeMembers;
        this.vouchersIssued = vouchers[0];
        this.vouchersUsed = vouchers[2];
    }

    /** Points earned by orders (pending or at once) and bonuses in the period. */
    public long getPointsIssued() { return pointsIssued; }
    /** Points spent in the period. */
    public long getPointsRedeemed() { return pointsRedeemed; }
    /** Redeemed ÷ issued; null when nothing was issued. */
    public Double getRedemptionRate() { return Ratios.share(pointsRedeemed, pointsIssued); }
    /** Placed (not cancelled) orders of the period. */
    public long getOrdersPlaced() { return ordersPlaced; }
    public long getOrdersEarning() { return ordersEarning; }
    public long getOrdersRedeeming() { return ordersRedeeming; }
    /** Share of placed orders that earned points; null without orders. */
    public Double getEarningShare() { return Ratios.share(ordersEarning, ordersPlaced); }
    /** Share of placed orders that paid with points; null without orders. */
    public Double getRedeemingShare() { return Ratios.share(ordersRedeeming, ordersPlaced); }
    /** Points earned per order that earned; null without such orders. */
    public Double getPointsPerOrder() { return Ratios.share(pointsEarnedByOrders, ordersEarning); }
    /** Accounts opened before the end of the period. */
    public long getMembers() { return members; }
    /** Members who earned, got a bonus or redeemed in the period. */
    public long getActiveMembers() { return activeMembers; }
    public long getVouchersIssued() { return vouchersIssued; }
    public long getVouchersUsed() { return vouchersUsed; }
}
