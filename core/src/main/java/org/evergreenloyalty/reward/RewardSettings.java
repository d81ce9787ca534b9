package org.evergreenloyalty.reward;

import org.evergreenloyalty.config.EvergreenProperties;

/**
 * The rewards catalogue's settings, each read from its {@code evergreen.rewards.*} property (defaults in
 * {@code config/evergreen/evergreen-defaults.properties}) and checked here, in one place: whether an unused claimed
 * reward may be given back for its points, how many days before expiry the reminder goes out, and the page size of
 * the reminder job.
 */
public final class RewardSettings {

    /** Property: whether shoppers may refund unused claims (default false). */
    public static final String REFUND = "evergreen.rewards.refund.enabled";
    /** Property: days before a claim's expiry its reminder is sent (default 3; 0 switches the reminder off). */
    public static final String REMINDER_DAYS = "evergreen.rewards.reminder.days";
    /** Property: claims per transaction of the reminder job (default 200). */
    public static final String PAGE_SIZE = "evergreen.rewards.pageSize";

    private final boolean refundAllowed;
    private final int reminderDays;
    private final int pageSize;

    public RewardSettings(boolean refundAllowed, int reminderDays, int pageSize) {
        if (reminderDays < 0 || reminderDays > 365) {
            throw new IllegalArgumentException(REMINDER_DAYS + " must be 0-365, was " + reminderDays);
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException(PAGE_SIZE + " must be at least 1, was " + pageSize);
        }
        this.refundAllowed = refundAllowed;
        this.reminderDays = reminderDays;
        this.pageSize = pageSize;
    }

    /** The settings the properties give. */
    public static RewardSettings fromProperties(EvergreenProperties p) {
        return new RewardSettings(p.getBoolean(REFUND, false), p.getInt(REMINDER_DAYS, 3), p.getInt(PAGE_SIZE, 200));
    }

    /** These settings with refunds allowed or not (tests, and a store switching at runtime). */
    public RewardSettings withRefund(boolean allowed) {
        return new RewardSettings(allowed, reminderDays, pageSize);
    }

    public boolean isRefundAllowed() { return refundAllowed; }
    public int getReminderDays() { return reminderDays; }
    public int getPageSize() { return pageSize; }
}
