package org.evergreenloyalty.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.persistence.Column;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

/**
 * The store's review rules (one row): when a request goes out, the reminder, the caps, the links' lifetime,
 * the satisfaction question, moderation, the reward and the form's limits. First created from the
 * {@code evergreen.review.*} properties; edited in the admin (Loyalty &gt; Reviews).
 */
public class ReviewSettings {

    /** Its table (the changelog's; not mapped: {@link org.evergreenloyalty.config.SingleRowSettingsService}). */
    public static final String TABLE = "EVG_REVIEW_SETTINGS";

    /** The id of the single settings row. */
    public static final long SINGLETON_ID = 1L;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;
    @Enumerated(EnumType.STRING)
    @Column(name = "REQUEST_TRIGGER", nullable = false, length = 20)
    private ReviewTrigger trigger;
    @Column(name = "FULFILLMENT_STATUSES", length = 255)
    private String fulfillmentStatuses;
    @Column(name = "DELAY_DAYS", nullable = false)
    private int delayDays;
    @Column(name = "LATE_DAYS", nullable = false)
    private int lateDays;
    @Column(name = "REMINDER_DAYS", nullable = false)
    private int reminderDays;
    @Column(name = "TOKEN_VALID_DAYS", nullable = false)
    private int tokenValidDays;
    @Column(name = "PRODUCT_REPEAT_MONTHS", nullable = false)
    private int productRepeatMonths;
    @Column(name = "MAX_EMAILS_30_DAYS", nullable = false)
    private int maxEmailsPer30Days;
    @Column(name = "SATISFACTION_QUESTION", nullable = false)
    private boolean satisfactionQuestion;
    @Enumerated(EnumType.STRING)
    @Column(name = "MODERATION", nullable = false, length = 20)
    private ModerationMode moderation;
    @Column(name = "REWARD_POINTS", nullable = false)
    private long rewardPoints;
    @Column(name = "MAX_TEXT_LENGTH", nullable = false)
    private int maxTextLength;
    @Column(name = "MAX_TITLE_LENGTH", nullable = false)
    private int maxTitleLength;

    public ReviewSettings() {
    }

    /** A detached copy, for editing without touching the managed row. */
    public ReviewSettings copy() {
        ReviewSettings c = new ReviewSettings();
        c.copyFrom(this);
        return c;
    }

    void copyFrom(ReviewSettings o) {
        enabled = o.enabled;
        trigger = o.trigger;
        fulfillmentStatuses = o.fulfillmentStatuses;
        delayDays = o.delayDays;
        lateDays = o.lateDays;
        reminderDays = o.reminderDays;
        tokenValidDays = o.tokenValidDays;
        productRepeatMonths = o.productRepeatMonths;
        maxEmailsPer30Days = o.maxEmailsPer30Days;
        satisfactionQuestion = o.satisfactionQuestion;
        moderation = o.moderation;
        rewardPoints = o.rewardPoints;
        maxTextLength = o.maxTextLength;
        maxTitleLength = o.maxTitleLength;
    }

    /** The fulfillment statuses as a list (upper case, trimmed, no blanks). */
    public List<String> fulfillmentStatusList() {
        List<String> out = new ArrayList<String>();
        if (fulfillmentStatuses != null) {
            for (String s : fulfillmentStatuses.split(",")) {
                String t = s.trim().toUpperCase(Locale.ROOT);
                if (!t.isEmpty() && !out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Whether a reminder is sent at all. */
    public boolean remindersOn() {
        return reminderDays > 0;
    }

    /** False: no new review requests or reminders are sent (links already sent keep working). */
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    /** What starts the clock: the order's submission or its fulfilment status. */
    public ReviewTrigger getTrigger() { return trigger; }
    public void setTrigger(ReviewTrigger trigger) { this.trigger = trigger; }
    /**
     * Comma-separated Broadleaf fulfillment group statuses (e.g. {@code FULFILLED,DELIVERED}) that count as
     * fulfilled when the trigger is {@link ReviewTrigger#FULFILLMENT_STATUS}.
     */
    public String getFulfillmentStatuses() { return fulfillmentStatuses; }
    public void setFulfillmentStatuses(String fulfillmentStatuses) { this.fulfillmentStatuses = fulfillmentStatuses; }
    /** Days after the trigger before the request goes out. */
    public int getDelayDays() { return delayDays; }
    public void setDelayDays(int delayDays) { this.delayDays = delayDays; }
    /** A request not sent within this many days after it became due (job off, caps) is dropped. */
    public int getLateDays() { return lateDays; }
    public void setLateDays(int lateDays) { this.lateDays = lateDays; }
    /** Days after the request before the one reminder (0 = no reminder). */
    public int getReminderDays() { return reminderDays; }
    public void setReminderDays(int reminderDays) { this.reminderDays = reminderDays; }
    /** Days the links of a request work, counted from the request. */
    public int getTokenValidDays() { return tokenValidDays; }
    public void setTokenValidDays(int tokenValidDays) { this.tokenValidDays = tokenValidDays; }
    /** A customer is asked about the same product at most once in this many months (0 = no limit). */
    public int getProductRepeatMonths() { return productRepeatMonths; }
    public void setProductRepeatMonths(int productRepeatMonths) { this.productRepeatMonths = productRepeatMonths; }
    /** At most this many review e-mails (requests and reminders) per customer in 30 days (0 = no limit). */
    public int getMaxEmailsPer30Days() { return maxEmailsPer30Days; }
    public void setMaxEmailsPer30Days(int maxEmailsPer30Days) { this.maxEmailsPer30Days = maxEmailsPer30Days; }
    /** Whether the request asks "How likely are you to recommend us?" (0-10). */
    public boolean isSatisfactionQuestion() { return satisfactionQuestion; }
    public void setSatisfactionQuestion(boolean satisfactionQuestion) { this.satisfactionQuestion = satisfactionQuestion; }
    public ModerationMode getModeration() { return moderation; }
    public void setModeration(ModerationMode moderation) { this.moderation = moderation; }
    /** Points for an approved review, once per product and customer (0 = no reward). */
    public long getRewardPoints() { return rewardPoints; }
    public void setRewardPoints(long rewardPoints) { this.rewardPoints = rewardPoints; }
    /** Most characters of a review's text. */
    public int getMaxTextLength() { return maxTextLength; }
    public void setMaxTextLength(int maxTextLength) { this.maxTextLength = maxTextLength; }
    /** Most characters of a review's title. */
    public int getMaxTitleLength() { return maxTitleLength; }
    public void setMaxTitleLength(int maxTitleLength) { this.maxTitleLength = maxTitleLength; }
}
