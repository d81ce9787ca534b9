package org.evergreenloyalty.milestone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Date;

import javax.annotation.Resource;

import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.referral.ReferralCodeService;
import org.evergreenloyalty.referral.ReferralService;
import org.evergreenloyalty.referral.Visitor;
import org.evergreenloyalty.review.ReviewAdminService;
import org.evergreenloyalty.review.ReviewInput;
import org.evergreenloyalty.review.ReviewService;
import org.evergreenloyalty.review.ReviewStatus;
import org.evergreenloyalty.review.ReviewTokenService;
import org.evergreenloyalty.review.SubmittedReview;
import org.evergreenloyalty.scheduling.JobRunner;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.webhook.TestReceiver;
import org.evergreenloyalty.webhook.WebhookAdminService;
import org.evergreenloyalty.webhook.WebhookEvents;
import org.evergreenloyalty.webhook.WebhookSubscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The milestone engine without Broadleaf: an approved review reaches "first review" once (the review's own webhook
 * still sent after the milestone's trigger), a {@code milestone.reached} webhook goes out once, and a spend challenge
 * is completed by the order that crosses its amount, with the challenge's points pending on that order; a rewarded
 * referral reaches "first referral" for the advocate once over repeated reward runs.
 */
@CoreTest
class MilestoneEngineTest {

    @Resource(name = "evgMilestoneService")
    MilestoneService milestones;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService settings;
    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService orders;
    @Resource(name = "evgReviewTokens")
    ReviewTokenService reviewTokens;
    @Resource(name = "evgReviewService")
    ReviewService reviews;
    @Resource(name = "evgReviewAdminService")
    ReviewAdminService reviewAdmin;
    @Resource(name = "evgWebhookAdminService")
    WebhookAdminService webhooks;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "evgJobRunner")
    JobRunner jobs;
    @Resource(name = "evgReferralService")
    ReferralService referrals;
    @Resource(name = "evgReferralCodeService")
    ReferralCodeService codes;

    private TestReceiver receiver;
    private WebhookSubscription subscription;
    private PointsSettings original;

    @BeforeEach
    void setUp() throws Exception {
        receiver = TestReceiver.start();
        original = KnownPointsSettings.apply(settings);
        subscription = webhooks.create(receiver.url(), Arrays.asList(WebhookEvents.MILESTONE_REACHED, WebhookEvents.REVIEW_APPROVED), true);
    }

    @AfterEach
    void tearDown() {
        webhooks.delete(subscription.getId());
        milestones.milestones().forEach(m -> milestones.setEnabled(m.getCode(), false));
        milestones.challenges().forEach(c -> milestones.setChallengeEnabled(c.getId(), false));
        settings.save(original);
        receiver.close();
        clock.reset();
    }

    @Test
    void anApprovedReviewReachesTheFirstReviewMilestoneOnceWithOneWebhook() {
        milestones.setEnabled("first-review", true);
        milestones.setPoints("first-review", "25");
        long c = CoreFixtures.customer();
        CompletedOrder order = CoreFixtures.order(c, "30.00");
        orders.process(order);
        String token = reviewTokens.reviewToken(c, order.getOrderId(), 1L, new Date(clock.now().getTime() + 86_400_000L));
        SubmittedReview submitted = reviews.submit(token,
                new ReviewInput(5, "Milestone review", "A really good product, I would buy it again.", "Ann"));
        if (submitted.getStatus() == ReviewStatus.PENDING) {
            reviewAdmin.approve(submitted.getReviewId(), "evg-admin");
        }
        LedgerEntry grant = ledger.findByEventKey("milestone:first-review:" + c);
        assertNotNull(grant, "the approved review reached the milestone");
        assertEquals(25, grant.getAvailableDelta(), "not tied to an order: available at once");
        assertTrue(milestones.badges(c).get(0).isReached());

        long reached = receiver.requests().stream().filter(r -> WebhookEvents.MILESTONE_REACHED.equals(r.eventType)
                && r.body.contains("\"customerId\":" + c + ",")).count();
        assertEquals(1, reached, "one milestone.reached");
        assertTrue(receiver.requests().stream().anyMatch(r -> WebhookEvents.REVIEW_APPROVED.equals(r.eventType)),
                "the review's own webhook still goes out through the chained listener");
    }

    @Test
    void theOrderCrossingASpendChallengesAmountCompletesIt() {
        ChallengeDraft d = new ChallengeDraft();
        d.setName("Spend 100");
        d.setGoal("SPEND");
        d.setTarget("100");
        d.setPoints("40");
        d.setStartDay(milestones.today().toString());
        d.setEndDay(milestones.today().plusDays(6).toString());
        Challenge ch = milestones.saveChallenge(null, d, "test");
        long c = CoreFixtures.customer();
        orders.process(CoreFixtures.order(c, "60.00"));
        assertNull(ledger.findByEventKey(ch.eventKey(c)));
        CompletedOrder second = CoreFixtures.order(c, "50.00");
        orders.process(second);
        LedgerEntry grant = ledger.findByEventKey(ch.eventKey(c));
        assertNotNull(grant, "110.00 within the days");
        assertEquals(40, grant.getPendingDelta(), "pending with the order that crossed the amount");
        assertEquals(String.valueOf(second.getOrderId()), grant.getSourceId());
    }

    @Test
    void aRewardedReferralReachesFirstReferralForTheAdvocateOnce() {
        milestones.setEnabled("first-referral", true);
        milestones.setPoints("first-referral", "50");
        long advocate = CoreFixtures.customer();
        String code = codes.codeFor(advocate);
        long friend = CoreFixtures.customer();
        referrals.attributeSignup(friend, "c" + friend + "@example.com", code, null,
                new Visitor("10.9.0.2", "Mozilla/5.0 test", "session-milestone"));
        orders.process(CoreFixtures.order(friend, "70.00"));
        assertNull(ledger.findByEventKey("milestone:first-referral:" + advocate), "qualified is not yet rewarded");
        CoreFixtures.advanceDays(31);
        jobs.runNow("referral-rewards");
        jobs.runNow("referral-rewards");
        LedgerEntry grant = ledger.findByEventKey("milestone:first-referral:" + advocate);
        assertNotNull(grant, "the rewarded referral reached the advocate's milestone");
        assertEquals(50, grant.getAvailableDelta());
        assertTrue(milestones.totals().get("MILESTONE:first-referral").getCustomers() >= 1, "counted in the admin's totals");
        assertTrue(milestones.badges(advocate).stream().anyMatch(b -> b.getCode().equals("first-referral") && b.isReached()));
    }
}
