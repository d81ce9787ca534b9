package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Shared set-up of the birthday integration tests: known settings (UTC, 10% code, no points), the real
 * clock, store fixtures, and customers whose birthday was entered long enough ago to earn a reward.
 */
abstract class BirthdayTestBase {

    static final long DAY = 24L * 60 * 60 * 1000;
    static final long WAIT_MS = 15_000;

    @Resource(name = "evgBirthdaySettingsService")
    BirthdaySettingsService settingsService;
    @Resource(name = "evgBirthdayService")
    BirthdayService birthdays;
    @Resource(name = "evgBirthdayRewardIssuer")
    BirthdayRewardIssuer issuer;
    @Resource(name = "evgBirthdayRewardMailer")
    BirthdayRewardMailer mailer;
    @Resource(name = "evgBirthdayRewardService")
    BirthdayRewardService rewards;
    @Resource(name = "evgBirthdayAdminService")
    BirthdayAdminService admin;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;

    final StoreFixtures store = StoreFixtures.create();
    private BirthdaySettings original;

    @BeforeEach
    void knownSettings() {
        clock.reset();
        original = settingsService.current();
        settings(s -> {
            s.setEnabled(true);
            s.setDaysBefore(0);
            s.setLateDays(3);
            s.setCodeEnabled(true);
            s.setDiscountKind(DiscountKind.PERCENT);
            s.setDiscountValue(new BigDecimal("10"));
            s.setMinimumSubtotal(BigDecimal.ZERO);
            s.setValidDays(30);
            s.setBonusPoints(0);
            s.setNoticeDays(30);
            s.setChangeIntervalMonths(12);
            s.setLeapDayRule(LeapDayRule.FEB_28);
            s.setTimeZone("UTC");
            s.setCurrencyCode("USD");
            s.setMailEnabled(true);
        });
    }

    @AfterEach
    void restore() {
        clock.reset();
        settingsService.save(original);
    }

    /** Changes settings for one test. */
    BirthdaySettings settings(Consumer<BirthdaySettings> change) {
        BirthdaySettings s = settingsService.current();
        change.accept(s);
        return settingsService.save(s);
    }

    /** The store's current day. */
    LocalDate today() {
        return BirthdayCalendar.today(clock.now(), settingsService.current().zone());
    }

    /** Moves the clock by whole days to {@code day} (the store's day; the time of day stays). */
    void moveTo(LocalDate day) {
        clock.advance(java.time.temporal.ChronoUnit.DAYS.between(today(), day) * DAY);
    }

    /** A registered customer. */
    Customer customer() {
        return store.customer();
    }

    /** A customer whose birthday falls {@code daysFromToday} days from today, entered {@code enteredDaysAgo} days ago. */
    Customer customerWithBirthday(int daysFromToday, int enteredDaysAgo) {
        Customer c = customer();
        LocalDate birthday = today().plusDays(daysFromToday);
        enterBirthday(c.getId(), birthday, enteredDaysAgo);
        return c;
    }

    /** Enters {@code birthday} (month and day) for the customer as the shopper did {@code daysAgo} days ago. */
    void enterBirthday(long customerId, LocalDate birthday, int daysAgo) {
        clock.advance(-daysAgo * DAY);
        try {
            birthdays.saveByShopper(customerId, String.valueOf(birthday.getMonthValue()), String.valueOf(birthday.getDayOfMonth()), "");
        } finally {
            clock.advance(daysAgo * DAY);
        }
    }

    /** Issues whatever is due today for the customer. */
    IssueOutcome issue(long customerId) {
        return issuer.issueIfDue(birthdays.find(customerId), today());
    }

    /** The customer's rewards. */
    List<RewardView> rewardsOf(Customer c) {
        return rewards.rewardsOf(c.getId());
    }

    /** The messages {@code c} received so far. */
    static List<MimeMessage> mailsTo(Customer c) {
        return TestMailServer.messagesTo(c.getEmailAddress());
    }

    static String body(MimeMessage message) throws Exception {
        Object content = message.getContent();
        assertTrue(content instanceof String, "single-part HTML body, was " + content);
        return (String) content;
    }
}
