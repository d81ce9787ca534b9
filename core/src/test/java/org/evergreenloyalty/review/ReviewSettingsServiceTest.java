package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.annotation.Resource;

import org.evergreenloyalty.config.EvergreenProperties;
import org.evergreenloyalty.review.jobs.ReviewRequestJob;
import org.evergreenloyalty.scheduling.JobRunner;
import org.evergreenloyalty.test.CoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

/** The settings row: made from the evergreen.review.* properties on first read, validated on save. */
@CoreTest
class ReviewSettingsServiceTest {

    @Resource(name = "evgReviewSettingsService")
    ReviewSettingsService settings;
    @Resource(name = "evergreenProperties")
    EvergreenProperties properties;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @Resource(name = "evgJobRunner")
    JobRunner jobs;

    @Test
    void theDefaultsAreTheDocumentedProperties() {
        DefaultReviewSettingsService fresh = new DefaultReviewSettingsService(txm, properties, new ReviewSettingsValidator());
        ReviewSettings d = fresh.defaults();
        assertTrue(d.isEnabled());
        assertEquals(ReviewTrigger.SUBMITTED, d.getTrigger());
        assertEquals("FULFILLED,DELIVERED", d.getFulfillmentStatuses());
        assertEquals(14, d.getDelayDays());
        assertEquals(7, d.getReminderDays());
        assertEquals(180, d.getTokenValidDays());
        assertEquals(12, d.getProductRepeatMonths());
        assertEquals(4, d.getMaxEmailsPer30Days());
        assertEquals(ModerationMode.MODERATE_ALL, d.getModeration());
        assertEquals(50, d.getRewardPoints());
        assertTrue(d.isSatisfactionQuestion());
        assertTrue(new ReviewSettingsValidator().validate(d).isEmpty());
    }

    @Test
    void aBadSaveNamesTheFieldsAndKeepsTheRow() {
        ReviewSettings before = settings.current();
        ReviewSettings bad = settings.current();
        bad.setDelayDays(-3);
        bad.setRewardPoints(-1);
        ReviewSettingsException e = assertThrows(ReviewSettingsException.class, () -> settings.save(bad));
        assertTrue(e.getFieldErrors().containsKey("delayDays"));
        assertTrue(e.getFieldErrors().containsKey("rewardPoints"));
        assertEquals(before.getDelayDays(), settings.current().getDelayDays());
        assertEquals(before.getRewardPoints(), settings.current().getRewardPoints());
    }

    @Test
    void aGoodSaveIsReadBackWithTidyStatuses() {
        ReviewSettings before = settings.current();
        try {
            ReviewSettings s = settings.current();
            s.setTrigger(ReviewTrigger.FULFILLMENT_STATUS);
            s.setFulfillmentStatuses(" shipped, delivered ");
            s.setDelayDays(3);
            settings.save(s);
            assertEquals(ReviewTrigger.FULFILLMENT_STATUS, settings.current().getTrigger());
            assertEquals("SHIPPED,DELIVERED", settings.current().getFulfillmentStatuses());
            assertEquals(3, settings.current().getDelayDays());
        } finally {
            settings.save(before);
        }
    }

    @Test
    void theJobIsRegisteredForRunNow() {
        assertTrue(jobs.getJobNames().contains(ReviewRequestJob.NAME));
        assertEquals("evergreen.job.review-requests.cron", new ReviewRequestJob(null).getCronPropertyKey());
    }
}
