package org.evergreenloyalty.insights;

import java.time.ZoneId;

/**
 * What every {@link DaySummary} kept in the days of the reporting zone shares: its name (a prefix ending in {@code @}
 * and the zone's id), its re-fold window in days (at least one) and the zone ({@code evergreen.insights.timeZone},
 * blank for the JVM's).
 */
public abstract class ZonedDaySummary implements DaySummary {

    private final String prefix;
    private final int refoldDays;
    private final ZoneId zone;

    protected ZonedDaySummary(String prefix, int refoldDays, String timeZone) {
        this.prefix = prefix;
        this.refoldDays = Math.max(1, refoldDays);
        this.zone = DefaultInsightsService.zoneOf(timeZone);
    }

    /** The reporting zone whose days the rows are. */
    public ZoneId zone() {
        return zone;
    }

    @Override
    public String name() {
        return prefix + zone.getId();
    }

    @Override
    public int refoldDays() {
        return refoldDays;
    }
}
