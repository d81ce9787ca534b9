package org.evergreenloyalty.reward;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.Column;

import org.evergreenloyalty.config.EvergreenProperties;

/**
 * The rewards catalogue's settings, kept in one row ({@code EVG_REWARD_SETTINGS}) that the first read creates from
 * the {@code evergreen.rewards.*} properties (defaults in {@code config/evergreen/evergreen-defaults.properties}) and
 * that Loyalty &gt; Rewards edits: whether an unused claimed reward may be given back for its points, and how many
 * days before expiry the reminder goes out. Each setting's property, default, bounds and error are here, in one place.
 */
public class RewardSettings {

    /** Its table (the changelog's; not mapped: {@link org.evergreenloyalty.config.SingleRowSettingsService}). */
    public static final String TABLE = "EVG_REWARD_SETTINGS";

    /** The id of the single settings row. */
    public static final long SINGLETON_ID = 1L;
    /** Property: whether shoppers may refund unused claims (default false). */
    public static final String REFUND = "evergreen.rewards.refund.enabled";
    /** Property: days before a claim's expiry its reminder is sent (default 3; 0 switches the reminder off). */
    public static final String REMINDER_DAYS = "evergreen.rewards.reminder.days";
    /** The largest number of reminder days. */
    public static final int MAX_REMINDER_DAYS = 365;
    /** Form field and message key of a reminder-day count outside 0-365 (argument: the maximum). */
    public static final String REMINDER_DAYS_FIELD = "reminderDays";
    public static final String REMINDER_DAYS_ERROR = "evergreen.reward.settings.reminderDays.range";

    @Column(name = "REFUND_ALLOWED", nullable = false)
    private boolean refundAllowed;

    @Column(name = "REMINDER_DAYS", nullable = false)
    private int reminderDays;

    protected RewardSettings() {
    }

    public RewardSettings(boolean refundAllowed, int reminderDays) {
        this.refundAllowed = refundAllowed;
        this.reminderDays = reminderDays;
    }

    /** The settings the properties give (not checked: see {@link #problems()}). */
    public static RewardSettings fromProperties(EvergreenProperties p) {
        return new RewardSettings(p.getBoolean(REFUND, false), p.getInt(REMINDER_DAYS, 3));
    }

    /** Field to message key of every value out of bounds; empty when all are fine. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (reminderDays < 0 || reminderDays > MAX_REMINDER_DAYS) {
            problems.put(REMINDER_DAYS_FIELD, REMINDER_DAYS_ERROR);
        }
        return problems;
    }

    /** These settings with refunds allowed or not. */
    public RewardSettings withRefund(boolean allowed) {
        return new RewardSettings(allowed, reminderDays);
    }

    /** These settings with another reminder-day count. */
    public RewardSettings withReminderDays(int days) {
        return new RewardSettings(refundAllowed, days);
    }

    public boolean isRefundAllowed() { return refundAllowed; }
    public int getReminderDays() { return reminderDays; }

    /** A detached copy. */
    RewardSettings copy() {
        return new RewardSettings(refundAllowed, reminderDays);
    }

    /** Copies the rules of {@code other} onto this (managed) row. */
    void copyFrom(RewardSettings other) {
        this.refundAllowed = other.refundAllowed;
        this.reminderDays = other.reminderDays;
    }
}
