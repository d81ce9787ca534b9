package org.evergreenloyalty.campaign;

import java.math.BigDecimal;
import java.time.ZoneId;

import org.evergreenloyalty.config.EvergreenProperties;

/**
 * The campaign settings, each in one place (property, default, bounds), read from the properties:
 * <ul>
 * <li>{@code evergreen.campaigns.timeZone} (empty: the server's) — the zone whose days a campaign's dates mean;</li>
 * <li>{@code evergreen.campaigns.maxMultiplier} (10, at least 2) — the highest multiplier a campaign may have;</li>
 * <li>{@code evergreen.campaigns.maxBonusPoints} (100000) — the most points an adding campaign may add per order.</li>
 * </ul>
 */
public final class CampaignSettings {

    public static final String TIME_ZONE = "evergreen.campaigns.timeZone";
    public static final String MAX_MULTIPLIER = "evergreen.campaigns.maxMultiplier";
    public static final String MAX_BONUS_POINTS = "evergreen.campaigns.maxBonusPoints";
    /** The lowest multiplier a campaign may have: anything at or below 1 would not be a bonus. */
    public static final BigDecimal MIN_MULTIPLIER = new BigDecimal("1.01");

    private final ZoneId zone;
    private final BigDecimal maxMultiplier;
    private final long maxBonusPoints;

    public CampaignSettings(ZoneId zone, BigDecimal maxMultiplier, long maxBonusPoints) {
        this.zone = zone;
        this.maxMultiplier = maxMultiplier;
        this.maxBonusPoints = maxBonusPoints;
    }

    /** The settings the properties give (defaults when absent; a bad value fails at start-up, naming the key). */
    public static CampaignSettings from(EvergreenProperties p) {
        String tz = p.get(TIME_ZONE, "");
        ZoneId zone;
        try {
            zone = tz.isEmpty() ? ZoneId.systemDefault() : ZoneId.of(tz);
        } catch (RuntimeException e) {
            throw new IllegalStateException(TIME_ZONE + " is not a time zone: " + tz, e);
        }
        BigDecimal max = new BigDecimal(p.get(MAX_MULTIPLIER, "10"));
        if (max.compareTo(new BigDecimal("2")) < 0 || max.compareTo(new BigDecimal("100")) > 0) {
            throw new IllegalStateException(MAX_MULTIPLIER + " must be between 2 and 100, was " + max);
        }
        int bonus = p.getInt(MAX_BONUS_POINTS, 100_000);
        if (bonus < 1) {
            throw new IllegalStateException(MAX_BONUS_POINTS + " must be at least 1, was " + bonus);
        }
        return new CampaignSettings(zone, max, bonus);
    }

    public ZoneId getZone() { return zone; }
    public BigDecimal getMaxMultiplier() { return maxMultiplier; }
    public long getMaxBonusPoints() { return maxBonusPoints; }
}
