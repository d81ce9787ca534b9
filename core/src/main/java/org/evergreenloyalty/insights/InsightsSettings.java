package org.evergreenloyalty.insights;

import javax.persistence.Column;

/**
 * The store's report settings (one row, {@code EVG_INSIGHTS_SETTINGS}); each column is described by an
 * {@link InsightsSetting} (default, bounds, label). First created from the {@code evergreen.insights.*} properties.
 */
public class InsightsSettings {

    /** Its table (the changelog's; not mapped: {@link org.evergreenloyalty.config.SingleRowSettingsService}). */
    public static final String TABLE = "EVG_INSIGHTS_SETTINGS";

    /** The id of the single settings row. */
    public static final long SINGLETON_ID = 1L;

    @Column(name = "EXPECTED_REDEMPTION_PCT", nullable = false)
    private int expectedRedemptionPercent;

    public InsightsSettings() {
    }

    public InsightsSettings(int expectedRedemptionPercent) {
        this.expectedRedemptionPercent = expectedRedemptionPercent;
    }

    /** {@link InsightsSetting#EXPECTED_REDEMPTION_PERCENT}. */
    public int getExpectedRedemptionPercent() { return expectedRedemptionPercent; }
    public void setExpectedRedemptionPercent(int v) { this.expectedRedemptionPercent = v; }

    /** A detached copy. */
    public InsightsSettings copy() {
        return new InsightsSettings(expectedRedemptionPercent);
    }
}
