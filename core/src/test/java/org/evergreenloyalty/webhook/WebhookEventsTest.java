package org.evergreenloyalty.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

import org.evergreenloyalty.birthday.BirthdayService;
import org.evergreenloyalty.birthday.jobs.BirthdayRewardJob;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.TierService;
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
import org.evergreenloyalty.support.AfterCommit;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.CoreTestContext;
import org.evergreenloyalty.test.KnownPointsSettings;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events beyond single postings: a tier move decided after an earning's commit (as checkout does it) is written in
 * the tier move's own transaction; an event queued in a transaction opened by after-commit work that rolls back sends
 * nothing; a review sends submitted then approved; a referral qualified then rewarded once over repeated job runs;
 * the birthday job's page one birthday.issued per reward.
 */
@CoreTest
class WebhookEventsTest {

    @Resource(name = "evgWebhookAdminService")
    WebhookAdminService admin;
    @Resource(name = "evgWebhookOutbox")
    WebhookOutbox outbox;
    @Resource(name = "evgTierService")
    TierService tiers;
    @Resource(name = "evgPointsAccountService")
    PointsAccountService accounts;
    @Resource(name = "evgPointsSettingsService")
    PointsSettingsService settings;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @Resource(name = "evgBirthdayService")
    BirthdayService birthdays;
    @Resource(name = "evgJobRunner")
    JobRunner jobs;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService orders;
    @Resource(name = "evgReviewTokens")
    ReviewTokenService reviewTokens;
    @Resource(name = "evgReviewService")
    ReviewService reviews;
    @Resource(name = "evgReviewAdminService")
    ReviewAdminService reviewAdmin;

    private TestReceiver receiver;
    private WebhookSubscription subscription;
    private List<LoyaltyTier> originalTiers;
    private PointsSettings originalSettings;

    @BeforeEach
    void setUp() throws Exception {
        receiver = TestReceiver.start();
        originalSettings = KnownPointsSettings.apply(settings);
        originalTiers = tiers.tiers();
        tiers.saveTiers(Arrays.asList(new LoyaltyTier("Webhook Silver", 100, BigDecimal.ONE, null)));
        subscription = admin.create(receiver.url(), Arrays.asList(WebhookEvents.TIER_CHANGED, WebhookEvents.REVIEW_SUBMITTED,
                WebhookEvents.BIRTHDAY_ISSUED), true);
    }

    @AfterEach
    void tearDown() {
        admin.delete(subscription.getId());
        List<LoyaltyTier> copies = new ArrayList<LoyaltyTier>();
        for (LoyaltyTier t : originalTiers) {
            copies.add(new LoyaltyTier(t.getName(), t.getThreshold(), t.getMultiplier(), t.getBenefit()));
        }
        tiers.saveTiers(copies);
        settings.save(originalSettings);
        receiver.close();
        clock.reset();
    }

    @Test
    void aReviewSendsSubmittedAndApproved() {
        admin.update(subscription.getId(), receiver.url(), Arrays.asList(WebhookEvents.REVIEW_SUBMITTED, WebhookEvents.REVIEW_APPROVED), true);
        long c = CoreFixtures.customer();
        CompletedOrder order = CoreFixtures.order(c, "30.00");
        orders.process(order);
        String token = reviewTokens.reviewToken(c, order.getOrderId(), 1L, new Date(clock.now().getTime() + 86_400_000L));
        SubmittedReview submitted = reviews.submit(token,
                new ReviewInput(5, "Webhook review", "A really good product, I would buy it again.", "Ann"));
        if (submitted.getStatus() == ReviewStatus.PENDING) {
            reviewAdmin.approve(submitted.getReviewId(), "evg-admin");
        }
        List<String> types = new ArrayList<String>();
        for (TestReceiver.Request r : receiver.requests()) {
            assertTrue(r.body.contains("\"reviewId\":" + submitted.getReviewId()), r.body);
            types.add(r.eventType);
        }
        assertEquals(Arrays.asList(WebhookEvents.REVIEW_SUBMITTED, WebhookEvents.REVIEW_APPROVED), types);
    }

    @Test
    void aReferralSendsQualifiedThenRewardedOnce() {
        admin.update(subscription.getId(), receiver.url(), Arrays.asList(WebhookEvents.REFERRAL_QUALIFIED, WebhookEvents.REFERRAL_REWARDED), true);
        ReferralService referrals = CoreTestContext.get()
                .getBean("evgReferralService", ReferralService.class);
        String code = CoreTestContext.get()
                .getBean("evgReferralCodeService", ReferralCodeService.class).codeFor(CoreFixtures.customer());
        long friend = CoreFixtures.customer();
        referrals.attributeSignup(friend, "c" + friend + "@example.com", code, null,
                new Visitor("10.9.0.1", "Mozilla/5.0 test", "session-webhook"));
        orders.process(CoreFixtures.order(friend, "70.00"));
        long referralId = referrals.referralOfFriend(friend).getId();
        CoreFixtures.advanceDays(31);
        jobs.runNow("referral-rewards");
        jobs.runNow("referral-rewards");
        List<String> types = new ArrayList<String>();
        for (TestReceiver.Request r : receiver.requests()) {
            if (r.body.contains("\"referralId\":" + referralId + ",")) {
                types.add(r.eventType);
            }
        }
        assertEquals(Arrays.asList(WebhookEvents.REFERRAL_QUALIFIED, WebhookEvents.REFERRAL_REWARDED), types);
    }

    @Test
    void theBirthdayJobsPageSendsOneEventPerIssuedReward() {
        long c = CoreFixtures.customer();
        LocalDate birthday = clock.now().toInstant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(40);
        if (birthday.getMonthValue() == 2 && birthday.getDayOfMonth() == 29) {
            birthday = birthday.plusDays(1);
        }
        birthdays.saveByShopper(c, String.valueOf(birthday.getMonthValue()), String.valueOf(birthday.getDayOfMonth()), "1990");
        CoreFixtures.advanceDays(41);
        jobs.runNow(BirthdayRewardJob.NAME);
        jobs.runNow(BirthdayRewardJob.NAME);
        long forCustomer = receiver.requests().stream()
                .filter(r -> r.body.contains("\"type\":\"birthday.issued\"") && r.body.contains("\"customerId\":" + c + ",")).count();
        assertEquals(1, forCustomer, "one birthday.issued for the customer over two runs");
    }

    @Test
    void aTierMoveDecidedAfterCommitIsSentOnce() {
        long c = TestIds.customerId();
        new TransactionTemplate(txm).execute(status -> {
            ledger.post(Posting.builder(c, EntryType.BONUS, TestIds.unique("tier"))
                    .available(150).earned(150).build());
            AfterCommit.run(() -> tiers.evaluate(c, false));
            return null;
        });
        assertEquals(1, receiver.requests().size());
        String body = receiver.requests().get(0).body;
        assertTrue(body.contains("\"type\":\"tier.changed\""), body);
        assertTrue(body.contains("\"customerId\":" + c), body);
        assertTrue(body.contains("\"to\":{\"id\":"), body);
        assertTrue(body.contains("\"name\":\"Webhook Silver\""), body);
        assertTrue(body.contains("\"from\":null"), body);
        assertTrue(body.contains("\"direction\":\"up\""), body);
        tiers.evaluate(c, false);
        assertEquals(1, receiver.requests().size(), "no move, no event");
    }

    @Test
    void anEventOfATransactionOpenedAfterCommitThatRollsBackSendsNothing() {
        TransactionTemplate own = new TransactionTemplate(txm);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        new TransactionTemplate(txm).execute(status -> {
            AfterCommit.run(() -> own.execute(inner -> {
                outbox.publish(WebhookEvents.REVIEW_SUBMITTED, Collections.singletonMap("reviewId", 1L));
                inner.setRollbackOnly();
                return null;
            }));
            return null;
        });
        assertTrue(admin.deliveries(subscription.getId(), 10).isEmpty(), "the rolled-back transaction wrote nothing");
        assertTrue(receiver.requests().isEmpty());

        new TransactionTemplate(txm).execute(status -> {
            AfterCommit.run(() -> outbox.publish(WebhookEvents.REVIEW_SUBMITTED, Collections.singletonMap("reviewId", 2L)));
            return null;
        });
        assertEquals(1, receiver.requests().size(), "after commit without a transaction of its own: written in one and sent");
    }
}
