package org.evergreenloyalty.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks review settings before they are saved; returns a message per bad field (empty when all are fine). */
public class ReviewSettingsValidator {

    private static final Pattern STATUS = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");

    /** The problems of {@code s}, keyed by field name. */
    public Map<String, String> validate(ReviewSettings s) {
        Map<String, String> e = new LinkedHashMap<String, String>();
        if (s.getTrigger() == null) {
            e.put("trigger", "Choose what starts the request: the order's submission or its fulfilment status.");
        }
        List<String> statuses = s.fulfillmentStatusList();
        if (s.getTrigger() == ReviewTrigger.FULFILLMENT_STATUS && statuses.isEmpty()) {
            e.put("fulfillmentStatuses", "Name at least one fulfillment status (e.g. FULFILLED) for the fulfilment trigger.");
        }
        for (String st : statuses) {
            if (!STATUS.matcher(st).matches()) {
                e.put("fulfillmentStatuses", "'" + st + "' is not a fulfillment status: use letters, digits and '_' (e.g. FULFILLED, DELIVERED).");
                break;
            }
        }
        if (s.getFulfillmentStatuses() != null && s.getFulfillmentStatuses().length() > 255) {
            e.put("fulfillmentStatuses", "The fulfillment statuses may have at most 255 characters.");
        }
        range(e, "delayDays", s.getDelayDays(), 0, 365, "Days before the request must be between 0 and 365.");
        range(e, "lateDays", s.getLateDays(), 1, 365, "The late period must be between 1 and 365 days.");
        range(e, "reminderDays", s.getReminderDays(), 0, 90, "Days before the reminder must be between 0 (no reminder) and 90.");
        range(e, "tokenValidDays", s.getTokenValidDays(), 1, 730, "Links must be valid for 1 to 730 days.");
        if (!e.containsKey("tokenValidDays") && !e.containsKey("reminderDays") && s.getReminderDays() >= s.getTokenValidDays()) {
            e.put("reminderDays", "The reminder must come before the links expire (" + s.getTokenValidDays() + " days).");
        }
        range(e, "productRepeatMonths", s.getProductRepeatMonths(), 0, 60, "The repeat period must be between 0 (no limit) and 60 months.");
        range(e, "maxEmailsPer30Days", s.getMaxEmailsPer30Days(), 0, 100, "The e-mail cap must be between 0 (no limit) and 100 per 30 days.");
        if (s.getModeration() == null) {
            e.put("moderation", "Choose whether every review is moderated or approved at once.");
        }
        range(e, "rewardPoints", s.getRewardPoints(), 0, 1_000_000, "Reward points must be between 0 (no reward) and 1,000,000.");
        range(e, "maxTextLength", s.getMaxTextLength(), 50, 10_000, "The longest review text must be between 50 and 10,000 characters.");
        range(e, "maxTitleLength", s.getMaxTitleLength(), 10, 200, "The longest title must be between 10 and 200 characters.");
        return e;
    }

    private static void range(Map<String, String> e, String field, long v, long min, long max, String message) {
        if (v < min || v > max) {
            e.put(field, message);
        }
    }
}
