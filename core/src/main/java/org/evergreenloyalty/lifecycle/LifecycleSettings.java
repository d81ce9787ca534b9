package org.evergreenloyalty.lifecycle;

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
        return new LifecycleSettings(p.getBoolean("evergreen.lifecycle.welcome.enabled", true),
                p.getBoolean("evergreen.lifecycle.winBack.enabled", true),
                p.getInt("evergreen.lifecycle.winBack.days", 90),
                p.getInt("evergreen.lifecycle.winBack.maxDays", 365),
                p.getInt("evergreen.lifecycle.winBack.bonusPoints", 200),
                p.getInt("evergreen.lifecycle.winBack.products", 3),
                p.getInt("evergreen.lifecycle.pageSize", 200));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Whether a new member gets the welcome e-mail. */
    public boolean isWelcome() { return welcome; }
    /** Whether lapsed customers get the win-back e-mail. */
    public boolean isWinBack() { return winBack; }
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
}
