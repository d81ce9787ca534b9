package org.evergreenloyalty.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.notification.OutboxMail;
import org.evergreenloyalty.notification.OutboxRepository;
import org.evergreenloyalty.notification.OutboxSender;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.reward.jobs.RewardReminderJob;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder before a claimed reward expires, on a real Broadleaf store and a moved clock: the job
 * {@code reward-reminders} queues one e-mail per unused claim once it is within the reminder days, however often it
 * runs, none for expired claims, and a German customer's reminder arrives in German through the outbox and SMTP.
 */
@BroadleafIntegrationTest
class RewardReminderTest {

    private static final long DAY = 24L * 60 * 60 * 1000;

    @Resource(name = "evgRewardCatalogueService")
    DefaultRewardCatalogueService rewards;
    @Resource(name = "evgRewardAdminService")
    RewardAdminService admin;
    @Resource(name = "evgRewardReminderJob")
    RewardReminderJob reminderJob;
    @Resource(name = "evgPointsAccountService")
    PointsAccountService accounts;
    @Resource(name = "evgOutboxRepository")
    OutboxRepository outbox;
    @Resource(name = "evgOutboxSender")
    OutboxSender sender;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;

    final StoreFixtures store = StoreFixtures.create();

    @BeforeEach
    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Customer customerWith(long points) {
        Customer c = store.customer();
        accounts.grantBonus(c.getId(), points, TestIds.unique("reward-seed"), "test balance", "test", null);
        return c;
    }

    private Reward reward(RewardInput in) {
        return admin.create(in);
    }

    @Test
    void theReminderJobMailsEachClaimOnceShortlyBeforeItExpires() {
        Customer c = customerWith(500);
        Reward r = reward(RewardInput.of("Reminded " + TestIds.unique("r"), RewardKind.FREE_SHIPPING, null, 100).validDays(10));
        RewardClaim claim = rewards.claim(c.getId(), r.getId());
        rewards.claim(c.getId(), r.getId());
        reminderJob.run();
        assertEquals(0, reminders(c).size(), "10 days left: too early");

        clock.advance(8 * DAY);
        reminderJob.run();
        reminderJob.run();
        List<OutboxMail> mails = reminders(c);
        assertEquals(2, mails.size(), "one per unused claim, however often the job runs");
        assertEquals(claim.getCode(), mails.stream().map(m -> m.getVariables().get("code")).filter(claim.getCode()::equals)
                .findFirst().orElse(null));
        assertNotNull(rewards.claims(c.getId()).get(0).getRemindedAt());

        clock.advance(5 * DAY);
        reminderJob.run();
        assertEquals(2, reminders(c).size(), "expired claims get nothing more");
    }

    @Test
    void aGermanCustomersReminderArrivesInGerman() throws Exception {
        Customer c = store.customerIn("de_DE");
        accounts.grantBonus(c.getId(), 300, TestIds.unique("reward-seed"), "test balance", "test", null);
        Reward r = reward(RewardInput.of("Versandfrei " + TestIds.unique("r"), RewardKind.FREE_SHIPPING, null, 300).validDays(4));
        RewardClaim claim = rewards.claim(c.getId(), r.getId());
        clock.advance(2 * DAY);
        reminderJob.run();
        sender.sendDue();

        MimeMessage m = TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, 30000).stream()
                .filter(x -> subject(x).startsWith("Ihre Pr\u00e4mie")).findFirst().orElseThrow(AssertionError::new);
        assertTrue(subject(m).contains(r.getName()), subject(m));
        String body = String.valueOf(m.getContent());
        assertTrue(body.contains(claim.getCode()), body);
        assertTrue(body.contains("an der Kasse ein"), body);
        assertFalse(body.contains("at checkout"), body);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (javax.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<OutboxMail> reminders(Customer c) {
        return new TransactionTemplate(txm).execute(s -> outbox.ofCustomer(c.getId())).stream()
                .filter(m -> RewardReminders.TEMPLATE.equals(m.getTemplate())).collect(Collectors.toList());
    }

}
