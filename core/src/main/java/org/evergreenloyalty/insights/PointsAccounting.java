package org.evergreenloyalty.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The finance view of the points: the roll-forward per day or month and for the whole period, the outstanding
 * liability in money at the redemption ratio, and the IFRS 15 / ASC 606 style split of that liability into the
 * deferred revenue for points expected to be redeemed and the expected breakage (points expected never to be
 * redeemed), from the "expected redemption %" setting. Pending points are valued apart.
 */
public final class PointsAccounting {

    private final ReportPeriod period;
    private final List<RollForwardRow> rows;
    private final RollForwardRow total;
    private final int pointsPerCurrencyUnit;
    private final int expectedRedemptionPercent;

    public PointsAccounting(ReportPeriod period, List<RollForwardRow> rows, RollForwardRow total,
                            int pointsPerCurrencyUnit, int expectedRedemptionPercent) {
        this.period = period;
        this.rows = Collections.unmodifiableList(new ArrayList<RollForwardRow>(rows));
        this.total = total;
        this.pointsPerCurrencyUnit = pointsPerCurrencyUnit;
        this.expectedRedemptionPercent = expectedRedemptionPercent;
    }

    public ReportPeriod getPeriod() { return period; }
    /** One line per day or month, in order. */
    public List<RollForwardRow> getRows() { return rows; }
    /** The whole period as one line. */
    public RollForwardRow getTotal() { return total; }
    /** Points worth 1.00 of the store's currency when redeemed. */
    public int getPointsPerCurrencyUnit() { return pointsPerCurrencyUnit; }
    public int getExpectedRedemptionPercent() { return expectedRedemptionPercent; }

    /** The money value of the available points at the end of the period. */
    public BigDecimal getLiability() { return money(total.getClosing()); }

    /** The money value of the pending points at the end of the period. */
    public BigDecimal getPendingLiability() { return money(total.getPendingClosing()); }

    /** The part of the liability expected to be redeemed: revenue deferred until then. */
    public BigDecimal getDeferredRevenue() {
        return getLiability().multiply(BigDecimal.valueOf(expectedRedemptionPercent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** The part of the liability expected never to be redeemed. */
    public BigDecimal getExpectedBreakage() {
        return getLiability().subtract(getDeferredRevenue());
    }

    /** The money value of the points that expired in the period (breakage realised). */
    public BigDecimal getExpiredValue() { return money(total.getExpired()); }

    /** The money value of {@code points} at the redemption ratio, to the cent. */
    public BigDecimal money(long points) {
        return BigDecimal.valueOf(points).divide(BigDecimal.valueOf(pointsPerCurrencyUnit), 2, RoundingMode.HALF_UP);
    }
}
