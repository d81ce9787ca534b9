package org.evergreenloyalty.admin.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.review.ModerationMode;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.review.ReviewTrigger;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The review settings form reads what it can and keeps the current value of every field it cannot. */
class ReviewSettingsFormTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    ReviewSettingsFormTest() {
        messages.setBasename("messages/EvergreenAdminMessages");
    }

    private static ReviewSettings settings() {
        ReviewSettings s = new ReviewSettings();
        s.setEnabled(true);
        s.setTrigger(ReviewTrigger.SUBMITTED);
        s.setFulfillmentStatuses("FULFILLED");
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
    void theFormShowsTheSettingsAndReadsThemBackUnchanged() {
        ReviewSettings s = settings();
        FormErrors errors = new FormErrors(messages, Locale.ENGLISH);
        ReviewSettings read = ReviewSettingsForm.of(s).applyTo(s, errors);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(14, read.getDelayDays());
        assertEquals(ReviewTrigger.SUBMITTED, read.getTrigger());
        assertEquals(ModerationMode.MODERATE_ALL, read.getModeration());
        assertEquals(50, read.getRewardPoints());
        assertTrue(read.isSatisfactionQuestion());
    }

    @Test
    void unreadableFieldsKeepTheirValueAndGetAProblem() {
        ReviewSettings s = settings();
        ReviewSettingsForm f = ReviewSettingsForm.of(s);
        f.setDelayDays("soon");
        f.setTrigger("LATER");
        f.setRewardPoints("10");
        f.setSatisfactionQuestion(false);
        StringBuilder longList = new StringBuilder();
        while (longList.length() <= ReviewSettingsForm.MAX_STATUSES_LENGTH) {
            longList.append("FULFILLED,");
        }
        f.setFulfillmentStatuses(longList.toString());
        FormErrors errors = new FormErrors(messages, Locale.ENGLISH);

        ReviewSettings read = f.applyTo(s, errors);

        assertEquals("Enter a whole number, e.g. 50.", errors.get("delayDays"));
        assertEquals("Choose one of the options.", errors.get("trigger"));
        assertEquals("Use at most 255 characters.", errors.get("fulfillmentStatuses"));
        assertEquals(14, read.getDelayDays());
        assertEquals(ReviewTrigger.SUBMITTED, read.getTrigger());
        assertEquals("FULFILLED", read.getFulfillmentStatuses());
        assertEquals(10, read.getRewardPoints(), "readable fields are read");
        assertFalse(read.isSatisfactionQuestion());
        assertEquals(50, s.getRewardPoints(), "the current settings are not touched");
    }
}
