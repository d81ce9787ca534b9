package org.evergreenloyalty.api;

import java.math.BigDecimal;

/**
 * {@code GET/POST/DELETE me/redemption}: what the customer may redeem on the current cart and the points discount
 * applied to it (null when none).
 */
public final class RedemptionView {

    private final long cartId;
    private final long available;
    private final long spendable;
    private final long minimumBalance;
    private final long step;
    private final long maximum;
    private final int pointsPerCurrencyUnit;
    private final boolean redeemable;
    private final Applied applied;

    public RedemptionView(long cartId, long available, long spendable, long minimumBalance, long step, long maximum,
                          int pointsPerCurrencyUnit, boolean redeemable, Applied applied) {
        this.cartId = cartId;
        this.available = available;
        this.spendable = spendable;
        this.minimumBalance = minimumBalance;
        this.step = step;
        this.maximum = maximum;
        this.pointsPerCurrencyUnit = pointsPerCurrencyUnit;
        this.redeemable = redeemable;
        this.applied = applied;
    }

    public long getCartId() { return cartId; }
    public long getAvailable() { return available; }
    public long getSpendable() { return spendable; }
    /** The balance needed to redeem at all. */
    public long getMinimumBalance() { return minimumBalance; }
    /** Points are redeemed in multiples of this. */
    public long getStep() { return step; }
    /** The most points this cart may take now. */
    public long getMaximum() { return maximum; }
    public int getPointsPerCurrencyUnit() { return pointsPerCurrencyUnit; }
    public boolean isRedeemable() { return redeemable; }
    public Applied getApplied() { return applied; }

    /** The points discount on the cart: points held, money off, the offer code and until when it is held. */
    public static final class Applied {
        private final long points;
        private final BigDecimal amount;
        private final String offerCode;
        private final String expiresAt;

        public Applied(long points, BigDecimal amount, String offerCode, String expiresAt) {
            this.points = points;
            this.amount = amount;
            this.offerCode = offerCode;
            this.expiresAt = expiresAt;
        }

        public long getPoints() { return points; }
        public BigDecimal getAmount() { return amount; }
        public String getOfferCode() { return offerCode; }
        public String getExpiresAt() { return expiresAt; }
    }
}
