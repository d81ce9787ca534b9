package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each bad review setting gets a message naming its field; good settings pass. */
class ReviewSettingsValidatorTest {

    private final ReviewSettingsValidator validator = new ReviewSettingsValidator();

    static ReviewSettings good() {
        ReviewSettings s = new ReviewSettings();
        s.setEnabled(true);
        s.setTrigger(ReviewTrigger.SUBMITTED);
        s.setFulfillmentStatuses("FULFILLED,DELIVERED");
        s.setDelayDays(14);
        s.setLateDays(30);
        s.setReminderDays(7);
        s.setTokenValidDays(180);
        s.setProductRepeatMonths(12);
        s.setMaxEmailsPer30Days(4);
        s.setSatisfactionQuestion(true);
        s.setModeration(ModerationMode.MODERATE_ALL);
        s.setRewardPoints(50);
        s.setMaxTextLength(2000);
        s.setMaxTitleLength(120);
        return s;
    }

    @Test
    void goodSettingsPass() {
        assertTrue(validator.validate(good()).isEmpty());
    }

    @Test
    void eachBadValueNamesItsField() {
        ReviewSettings s = good();
        s.setTrigger(null);
        s.setDelayDays(-1);
        s.setLateDays(0);
        s.setReminderDays(91);
        s.setTokenValidDays(0);
        s.setProductRepeatMonths(61);
        s.setMaxEmailsPer30Days(-1);
        s.setModeration(null);
        s.setRewardPoints(-5);
        s.setMaxTextLength(20);
        s.setMaxTitleLength(500);
        Map<String, String> e = validator.validate(s);
        for (String field : new String[] {"trigger", "delayDays", "lateDays", "reminderDays", "tokenValidDays", "productRepeatMonths",
                "maxEmailsPer30Days", "moderation", "rewardPoints", "maxTextLength", "maxTitleLength"}) {
            assertTrue(e.containsKey(field), field + " in " + e);
        }
    }

    @Test
    void theFulfilmentTriggerNeedsValidStatuses() {
        ReviewSettings s = good();
        s.setTrigger(ReviewTrigger.FULFILLMENT_STATUS);
        s.setFulfillmentStatuses(" , ");
        assertTrue(validator.validate(s).containsKey("fulfillmentStatuses"));
        s.setFulfillmentStatuses("FULFILLED; DROP TABLE");
        assertTrue(validator.validate(s).containsKey("fulfillmentStatuses"));
        s.setFulfillmentStatuses(" fulfilled , Delivered ,fulfilled");
        assertTrue(validator.validate(s).isEmpty());
        assertEquals(java.util.Arrays.asList("FULFILLED", "DELIVERED"), s.fulfillmentStatusList());
    }

    @Test
    void theReminderMustComeBeforeTheLinksExpire() {
        ReviewSettings s = good();
        s.setTokenValidDays(5);
        s.setReminderDays(7);
        assertTrue(validator.validate(s).containsKey("reminderDays"));
        s.setReminderDays(0);
        assertTrue(validator.validate(s).isEmpty(), "no reminder is fine");
    }
}
