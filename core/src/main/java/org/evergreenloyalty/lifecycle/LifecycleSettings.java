package org.evergreenloyalty.lifecycle;

import java.time.ZoneId;

import org.evergreenloyalty.config.EvergreenProperties;

/**
 * The lifecycle e-mails' settings, each read from its {@code evergreen.lifecycle.*} property (defaults in
 * {@code config/evergreen/evergreen-defaults.properties}) and checked here, in one place.
 */
public final class LifecycleSettings {

    private final boolean welcome;
    private final boolean winBack;
    private final int winBackDays;
    private final int winBackMaxDays;
    private final long winBackBonusPoints;
    private final int suggestions;
    private final int pageSize;
    private boolean anniversary = true;
    private long anniversaryBonusPoints = 100;
    private int anniversaryCatchUpDays = 7;
    private ZoneId zone = ZoneId.systemDefault();
    private boolean statement = true;

    public LifecycleSettings(boolean welcome, boolean winBack, int winBackDays, int winBackMaxDays, long winBackBonusPoints,
                             int suggestions, int pageSize) {
        require(winBackDays >= 1, "evergreen.lifecycle.winBack.days must be at least 1, was " + winBackDays);
        require(winBackMaxDays > winBackDays, "evergreen.lifecycle.winBack.maxDays must be more than winBack.days ("
                + winBackDays + "), was " + winBackMaxDays);
        require(winBackBonusPoints >= 0, "evergreen.lifecycle.winBack.bonusPoints must not be negative, was " + winBackBonusPoints);
        require(suggestions >= 0 && suggestions <= 10, "evergreen.lifecycle.winBack.products must be 0-10, was " + suggestions);
        require(pageSize >= 1, "evergreen.lifecycle.pageSize must be at least 1, was " + pageSize);
        this.welcome = welcome;
        this.winBack = winBack;
        this.winBackDays = winBackDays;
        this.winBackMaxDays = winBackMaxDays;
        this.winBackBonusPoints = winBackBonusPoints;
        this.suggestions = suggestions;
        this.pageSize = pageSize;
    }

    /** The settings the properties give. */
    public static LifecycleSettings fromProperties(EvergreenProperties p) {
        LifecycleSettings s = new LifecycleSettings(p.getBoolean("evergreen.lifecycle.welcome.enabled", true),
                p.getBoolean("evergreen.lifecycle.winBack.enabled", true),
                p.getInt("evergreen.lifecycle.winBack.days", 90),
                p.getInt("evergreen.lifecycle.winBack.maxDays", 365),
                p.getInt("evergreen.lifecycle.winBack.bonusPoints", 200),
                p.getInt("evergreen.lifecycle.winBack.products", 3),
                p.getInt("evergreen.lifecycle.pageSize", 200));
        String zone = p.get("evergreen.lifecycle.timeZone", "").trim();
        s.statement = p.getBoolean("evergreen.lifecycle.statement.enabled", true);
        return s.withAnniversary(p.getBoolean("evergreen.lifecycle.anniversary.enabled", true),
                p.getInt("evergreen.lifecycle.anniversary.bonusPoints", 100),
                p.getInt("evergreen.lifecycle.anniversary.catchUpDays", 7),
                zone.isEmpty() ? ZoneId.systemDefault() : zone(zone));
    }

    /** These settings with the anniversary's: switched on, its bonus, the days a missed run catches up, the store's zone. */
    public LifecycleSettings withAnniversary(boolean on, long bonusPoints, int catchUpDays, ZoneId storeZone) {
        require(bonusPoints >= 0, "evergreen.lifecycle.anniversary.bonusPoints must not be negative, was " + bonusPoints);
        require(catchUpDays >= 0 && catchUpDays <= 60, "evergreen.lifecycle.anniversary.catchUpDays must be 0-60, was " + catchUpDays);
        this.anniversary = on;
        this.anniversaryBonusPoints = bonusPoints;
        this.anniversaryCatchUpDays = catchUpDays;
        this.zone = storeZone;
        return this;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("evergreen.lifecycle.timeZone: '" + id + "' is not a time zone (e.g. Europe/Berlin)");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Days without an order after which a customer counts as lapsed. */
    public int getWinBackDays() { return winBackDays; }
    /** Customers whose last order is older than this are left alone (long gone, not lapsing). */
    public int getWinBackMaxDays() { return winBackMaxDays; }
    /** Bonus points granted with the win-back e-mail (0: none). */
    public long getWinBackBonusPoints() { return winBackBonusPoints; }
    /** Products from the order history shown in the win-back e-mail. */
    public int getSuggestions() { return suggestions; }
    /** Customers per transaction of the win-back job. */
    public int getPageSize() { return pageSize; }
    /** Bonus points of the anniversary (0: the e-mail only). */
    public long getAnniversaryBonusPoints() { return anniversaryBonusPoints; }
    /** Days back a run also looks at, so a missed run is caught up (the once-a-year key keeps it once). */
    public int getAnniversaryCatchUpDays() { return anniversaryCatchUpDays; }
    /** Whether the properties switch the e-mail of {@code kind} on (the first state of the admin's switches). */
    public boolean isOn(LifecycleKind kind) {
        switch (kind) {
            case WELCOME: return welcome;
            case WIN_BACK: return winBack;
            case ANNIVERSARY: return anniversary;
            default: return statement;
        }
    }

    /** The zone whose days the anniversary and the statement's months mean. */
    public ZoneId getZone() { return zone; }
}
