package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.annotation.Resource;

import org.evergreenloyalty.birthday.jobs.BirthdayRewardJob;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.scheduling.JobRunner;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.CoreTestContext;
import org.evergreenloyalty.test.InMemoryOffers;
import org.evergreenloyalty.test.RecordingMailTransport;
import org.junit.jupiter.api.Test;

/**
 * Birthday rewards on the engine's own context: the daily job issues one personal code per customer and year
 * through the offer port and e-mails it; the code counts as used when an order carrying it is processed.
 */
@CoreTest
class BirthdayEngineTest {

    @Resource(name = "evgBirthdayService")
    BirthdayService birthdays;
    @Resource(name = "evgBirthdayRewardService")
    BirthdayRewardService rewards;
    @Resource(name = "evgJobRunner")
    JobRunner jobs;
    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService orders;
    @Resource(name = "testOffers")
    InMemoryOffers offers;
    @Resource(name = "evgMailTransport")
    RecordingMailTransport mail;

    /** A customer whose birthday (entered today) is 40 days ahead; the clock then moves to the day after it. */
    private long customerCelebratingTomorrowOnTheClock() {
        long c = CoreFixtures.customer();
        LocalDate birthday = CoreTestContext.clock().now().toInstant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(40);
        if (birthday.getMonthValue() == 2 && birthday.getDayOfMonth() == 29) {
            birthday = birthday.plusDays(1);
        }
        birthdays.saveByShopper(c, String.valueOf(birthday.getMonthValue()), String.valueOf(birthday.getDayOfMonth()), "1990");
        CoreFixtures.advanceDays(41);
        return c;
    }

    @Test
    void theDailyJobIssuesOnePersonalCodeAYearAndMailsIt() {
        long c = customerCelebratingTomorrowOnTheClock();
        jobs.runNow(BirthdayRewardJob.NAME);
        RewardView reward = rewards.currentReward(c);
        assertNotNull(reward, "a reward was issued");
        assertTrue(reward.isHasCode());
        InMemoryOffers.Code code = offers.code(reward.getCode());
        assertNotNull(code, "the code was created through the offer port");
        assertEquals(c, code.customerId);
        assertEquals(1, mail.sentTo("c" + c + "@example.com").size());
        assertEquals("evergreen/birthday", mail.sentTo("c" + c + "@example.com").get(0).template);

        jobs.runNow(BirthdayRewardJob.NAME);
        assertEquals(1, rewards.rewardsOf(c).size(), "the job running again issues nothing more");
        assertEquals(1, mail.sentTo("c" + c + "@example.com").size());
    }

    @Test
    void theCodeIsUsedByTheFirstOrderThatCarriesIt() {
        long c = customerCelebratingTomorrowOnTheClock();
        jobs.runNow(BirthdayRewardJob.NAME);
        String code = rewards.currentReward(c).getCode();
        CompletedOrder order = CoreFixtures.withCodes(CoreFixtures.order(c, "60.00"), code);
        orders.process(order);
        RewardView used = rewards.currentReward(c);
        assertEquals(RewardStatus.USED, used.getStatus());
        assertEquals(Long.valueOf(order.getOrderId()), used.getUsedOrderId());
    }

    @Test
    void aBirthdayThatIsNoDateIsRefusedAndNothingIsStored() {
        long c = CoreFixtures.customer();
        assertThrows(BirthdayException.class, () -> birthdays.saveByShopper(c, "2", "30", "1990"));
        assertNull(birthdays.find(c));
    }
}
