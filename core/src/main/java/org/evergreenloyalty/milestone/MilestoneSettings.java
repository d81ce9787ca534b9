package org.evergreenloyalty.milestone;

import java.time.ZoneId;

import org.evergreenloyalty.config.EvergreenProperties;

/**
 * The milestone settings, each in one place (property, default, bounds), read from the properties:
 * <ul>
 * <li>{@code evergreen.milestones.timeZone} (empty: the campaigns' zone, else the server's) — the zone whose days a
 * challenge's dates and the anniversaries mean;</li>
 * <li>{@code evergreen.milestones.anniversaryBasis} ({@code SIGN_UP} or {@code FIRST_ORDER}) — what a membership
 * anniversary counts from;</li>
 * <li>{@code evergreen.milestones.maxPoints} (100000) — the most points one milestone or challenge may grant.</li>
 * </ul>
 * Which milestones are on and their points are kept in the database (Loyalty &gt; Milestones).
 */
public final class MilestoneSettings {

    public static final String TIME_ZONE = "evergreen.milestones.timeZone";
    public static final String ANNIVERSARY_BASIS = "evergreen.milestones.anniversaryBasis";
    public static final String MAX_POINTS = "evergreen.milestones.maxPoints";

    /** What a membership anniversary counts from. */
    public enum AnniversaryBasis { SIGN_UP, FIRST_ORDER }

    private final ZoneId zone;
    private final AnniversaryBasis basis;
    private final long maxPoints;

    public MilestoneSettings(ZoneId zone, AnniversaryBasis basis, long maxPoints) {
        this.zone = zone;
        this.basis = basis;
        this.maxPoints = maxPoints;
    }

    /** The settings the properties give (defaults when absent; a bad value fails at start-up, naming the key). */
    public static MilestoneSettings from(EvergreenProperties p) {
        String tz = p.get(TIME_ZONE, "");
        if (tz.isEmpty()) {
            tz = p.get("evergreen.campaigns.timeZone", "");
        }
        ZoneId zone;
        try {
            zone = tz.isEmpty() ? ZoneId.systemDefault() : ZoneId.of(tz);
        } catch (RuntimeException e) {
            throw new IllegalStateException(TIME_ZONE + " is not a time zone: " + tz, e);
        }
        AnniversaryBasis basis;
        try {
            basis = AnniversaryBasis.valueOf(p.get(ANNIVERSARY_BASIS, "SIGN_UP").trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(ANNIVERSARY_BASIS + " must be SIGN_UP or FIRST_ORDER", e);
        }
        int max = p.getInt(MAX_POINTS, 100_000);
        if (max < 1) {
            throw new IllegalStateException(MAX_POINTS + " must be at least 1, was " + max);
        }
        return new MilestoneSettings(zone, basis, max);
    }

    public ZoneId getZone() { return zone; }
    public AnniversaryBasis getAnniversaryBasis() { return basis; }
    public long getMaxPoints() { return maxPoints; }
}
