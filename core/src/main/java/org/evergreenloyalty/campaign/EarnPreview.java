package org.evergreenloyalty.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one unit of a product earns now, for the product page: the points with the best running multiplier
 * campaign that covers it (if any), the points without, and that campaign's multiplier, name and last day.
 */
public final class EarnPreview {

    private final long points;
    private final long ordinaryPoints;
    private final Campaign campaign;

    public EarnPreview(long points, long ordinaryPoints, Campaign campaign) {
        this.points = points;
        this.ordinaryPoints = ordinaryPoints;
        this.campaign = campaign;
    }

    /** Points with the campaign. */
    public long getPoints() { return points; }
    /** Points without any campaign. */
    public long getOrdinaryPoints() { return ordinaryPoints; }
    /** Whether a campaign raises the points. */
    public boolean isBoosted() { return campaign != null && points > ordinaryPoints; }
    public String getCampaignName() { return campaign == null ? null : campaign.getName(); }
    /** The multiplier as a plain number ("2", "1.5"), or null. */
    public String getMultiplier() {
        BigDecimal m = campaign == null ? null : campaign.getMultiplier();
        return m == null ? null : m.stripTrailingZeros().toPlainString();
    }
    /** The campaign's last day (store time zone), or null. */
    public LocalDate getLastDay() { return campaign == null ? null : campaign.getEndDay(); }
    /** The campaign's last day as a java.util.Date at noon UTC (for date formatting in templates), or null. */
    public java.util.Date getLastDayDate() {
        return campaign == null ? null : java.util.Date.from(campaign.getEndDay().atTime(12, 0).toInstant(java.time.ZoneOffset.UTC));
    }
}
