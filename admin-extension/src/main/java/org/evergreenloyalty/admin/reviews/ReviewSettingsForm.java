package org.evergreenloyalty.admin.reviews;

import static org.evergreenloyalty.admin.form.SettingsFieldReader.name;
import static org.evergreenloyalty.admin.form.SettingsFieldReader.orEmpty;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.form.SettingsFieldReader;
import org.evergreenloyalty.admin.form.SettingsForm;
import org.evergreenloyalty.review.ModerationMode;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.review.ReviewTrigger;

/**
 * The review settings form of Loyalty &gt; Reviews (requests on or off, trigger and its days, reminder, caps, link
 * lifetime, satisfaction question, moderation, reward, form limits) as typed: numbers stay text until
 * {@link #applyTo} reads them, so any input can be shown again next to its problem.
 */
public class ReviewSettingsForm implements SettingsForm<ReviewSettings> {

    /** Longest list of fulfillment statuses the settings keep. */
    public static final int MAX_STATUSES_LENGTH = 255;

    private boolean enabled;
    private String trigger;
    private String fulfillmentStatuses;
    private String delayDays;
    private String lateDays;
    private String reminderDays;
    private String tokenValidDays;
    private String productRepeatMonths;
    private String maxEmailsPer30Days;
    private boolean satisfactionQuestion;
    private String moderation;
    private String rewardPoints;
    private String maxTextLength;
    private String maxTitleLength;

    /** The form showing {@code s}. */
    public static ReviewSettingsForm of(ReviewSettings s) {
        ReviewSettingsForm f = new ReviewSettingsForm();
        f.enabled = s.isEnabled();
        f.trigger = name(s.getTrigger());
        f.fulfillmentStatuses = orEmpty(s.getFulfillmentStatuses());
        f.delayDays = String.valueOf(s.getDelayDays());
        f.lateDays = String.valueOf(s.getLateDays());
        f.reminderDays = String.valueOf(s.getReminderDays());
        f.tokenValidDays = String.valueOf(s.getTokenValidDays());
        f.productRepeatMonths = String.valueOf(s.getProductRepeatMonths());
        f.maxEmailsPer30Days = String.valueOf(s.getMaxEmailsPer30Days());
        f.satisfactionQuestion = s.isSatisfactionQuestion();
        f.moderation = name(s.getModeration());
        f.rewardPoints = String.valueOf(s.getRewardPoints());
        f.maxTextLength = String.valueOf(s.getMaxTextLength());
        f.maxTitleLength = String.valueOf(s.getMaxTitleLength());
        return f;
    }

    /**
     * A copy of {@code current} with every field this form could read; fields it could not read keep their
     * current value and get a problem in {@code errors}. The caller saves the result only when {@code errors}
     * stayed empty.
     */
    @Override
    public ReviewSettings applyTo(ReviewSettings current, FormErrors errors) {
        ReviewSettings s = current.copy();
        SettingsFieldReader read = new SettingsFieldReader(errors);
        s.setEnabled(enabled);
        read.option(ReviewTrigger.class, trigger, "trigger", s::setTrigger);
        read.text(fulfillmentStatuses, "fulfillmentStatuses", MAX_STATUSES_LENGTH, "evergreen.form.tooLong",
                s::setFulfillmentStatuses);
        read.wholeInt(delayDays, "delayDays", s::setDelayDays);
        read.wholeInt(lateDays, "lateDays", s::setLateDays);
        read.wholeInt(reminderDays, "reminderDays", s::setReminderDays);
        read.wholeInt(tokenValidDays, "tokenValidDays", s::setTokenValidDays);
        read.wholeInt(productRepeatMonths, "productRepeatMonths", s::setProductRepeatMonths);
        read.wholeInt(maxEmailsPer30Days, "maxEmailsPer30Days", s::setMaxEmailsPer30Days);
        s.setSatisfactionQuestion(satisfactionQuestion);
        read.option(ModerationMode.class, moderation, "moderation", s::setModeration);
        read.whole(rewardPoints, "rewardPoints", s::setRewardPoints);
        read.wholeInt(maxTextLength, "maxTextLength", s::setMaxTextLength);
        read.wholeInt(maxTitleLength, "maxTitleLength", s::setMaxTitleLength);
        return s;
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { this.enabled = v; }
    public String getTrigger() { return trigger; }
    public void setTrigger(String v) { this.trigger = v; }
    public String getFulfillmentStatuses() { return fulfillmentStatuses; }
    public void setFulfillmentStatuses(String v) { this.fulfillmentStatuses = v; }
    public String getDelayDays() { return delayDays; }
    public void setDelayDays(String v) { this.delayDays = v; }
    public String getLateDays() { return lateDays; }
    public void setLateDays(String v) { this.lateDays = v; }
    public String getReminderDays() { return reminderDays; }
    public void setReminderDays(String v) { this.reminderDays = v; }
    public String getTokenValidDays() { return tokenValidDays; }
    public void setTokenValidDays(String v) { this.tokenValidDays = v; }
    public String getProductRepeatMonths() { return productRepeatMonths; }
    public void setProductRepeatMonths(String v) { this.productRepeatMonths = v; }
    public String getMaxEmailsPer30Days() { return maxEmailsPer30Days; }
    public void setMaxEmailsPer30Days(String v) { this.maxEmailsPer30Days = v; }
    public boolean isSatisfactionQuestion() { return satisfactionQuestion; }
    public void setSatisfactionQuestion(boolean v) { this.satisfactionQuestion = v; }
    public String getModeration() { return moderation; }
    public void setModeration(String v) { this.moderation = v; }
    public String getRewardPoints() { return rewardPoints; }
    public void setRewardPoints(String v) { this.rewardPoints = v; }
    public String getMaxTextLength() { return maxTextLength; }
    public void setMaxTextLength(String v) { this.maxTextLength = v; }
    public String getMaxTitleLength() { return maxTitleLength; }
    public void setMaxTitleLength(String v) { this.maxTitleLength = v; }
}
