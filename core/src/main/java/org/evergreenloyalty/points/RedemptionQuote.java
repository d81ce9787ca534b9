package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a shopper may redeem on a cart right now, and what is applied already. */
public final class RedemptionQuote {

    private final long available;
    private final long spendable;
    private final long minimumBalance;
    private final long step;
    private final long maximum;
    private final int pointsPerCurrencyUnit;
    private final PointsReservation applied;

    public RedemptionQuote(long available, long spendable, long minimumBalance, long step, long maximum,
                           int pointsPerCurrencyUnit, PointsReservation applied) {
        this.available = available;
        this.spendable = spendable;
        this.minimumBalance = minimumBalance;
        this.step = step;
        this.maximum = maximum;
        this.pointsPerCurrencyUnit = pointsPerCurrencyUnit;
        this.applied = applied;
    }

    /** Available balance. */
    public long getAvailable() { return available; }
    /** Available minus what other carts hold. */
    public long getSpendable() { return spendable; }
    public long getMinimumBalance() { return minimumBalance; }
    public long getStep() { return step; }
    /** The most points this cart may take (0: cannot redeem now). */
    public long getMaximum() { return maximum; }
    public int getPointsPerCurrencyUnit() { return pointsPerCurrencyUnit; }
    /** The active reservation of this cart, or null. */
    public PointsReservation getApplied() { return applied; }
    /** Whether the shopper can redeem anything on this cart. */
    public boolean isRedeemable() { return maximum >= step && maximum > 0; }

    /** The money {@code points} are worth. */
    public BigDecimal value(long points) {
        return BigDecimal.valueOf(points).divide(BigDecimal.valueOf(pointsPerCurrencyUnit), 2, RoundingMode.DOWN);
    }
}
