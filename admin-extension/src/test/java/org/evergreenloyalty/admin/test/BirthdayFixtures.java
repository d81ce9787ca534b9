package org.evergreenloyalty.admin.test;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.birthday.BirthdayAdminService;
import org.evergreenloyalty.birthday.BirthdayCalendar;
import org.evergreenloyalty.birthday.BirthdayRewardIssuer;
import org.evergreenloyalty.birthday.BirthdayRewardService;
import org.evergreenloyalty.birthday.BirthdayService;
import org.evergreenloyalty.birthday.BirthdaySettings;
import org.evergreenloyalty.birthday.BirthdaySettingsService;
import org.evergreenloyalty.birthday.DiscountKind;
import org.evergreenloyalty.birthday.IssueOutcome;
import org.evergreenloyalty.birthday.LeapDayRule;
import org.evergreenloyalty.birthday.RewardView;
import org.evergreenloyalty.support.AdjustableClock;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Birthday test data on the shared admin context, made through the module's own services: known birthday
 * settings (UTC, a 10% code valid 30 days, no points, 30 days notice), customers with a birthday entered some
 * days ago (the clock is moved back for that), and rewards issued by the real issuer, on a past day when
 * asked (so their code has expired by now), as the admin service shows them.
 */
public final class BirthdayFixtures {

    /** One day in milliseconds. */
    public static final long DAY = 24L * 60 * 60 * 1000;

    private final LoyaltyAdminFixtures fixtures;
    private final BirthdaySettingsService settings;
    private final BirthdayService birthdays;
    private final BirthdayRewardIssuer issuer;
    private final BirthdayRewardService rewards;
    private final BirthdayAdminService admin;
    private final AdjustableClock clock;
    private BirthdaySettings saved;

    public BirthdayFixtures(ConfigurableApplicationContext ctx, LoyaltyAdminFixtures fixtures) {
        this.fixtures = fixtures;
        this.settings = ctx.getBean("evgBirthdaySettingsService", BirthdaySettingsService.class);
        this.birthdays = ctx.getBean("evgBirthdayService", BirthdayService.class);
        this.issuer = ctx.getBean("evgBirthdayRewardIssuer", BirthdayRewardIssuer.class);
        this.rewards = ctx.getBean("evgBirthdayRewardService", BirthdayRewardService.class);
        this.admin = ctx.getBean("evgBirthdayAdminService", BirthdayAdminService.class);
        this.clock = ctx.getBean("evgClock", AdjustableClock.class);
    }

    /** Remembers the current settings and replaces them with the known ones; the real clock. */
    public BirthdaySettings useKnownSettings() {
        clock.reset();
        saved = settings.current();
        BirthdaySettings s = settings.current();
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
        return settings.save(s);
    }

    /** Puts back the settings {@link #useKnownSettings()} found, and the real clock. */
    public void restore() {
        clock.reset();
        if (saved != null) {
            settings.save(saved);
        }
    }

    /** The store's current day. */
    public LocalDate today() {
        return BirthdayCalendar.today(clock.now(), settings.current().zone());
    }

    /** Moves the clock by whole days to the store's {@code day} (the time of day stays); {@link #restore()} moves it back. */
    public void moveTo(LocalDate day) {
        clock.advance(java.time.temporal.ChronoUnit.DAYS.between(today(), day) * DAY);
    }

    /** A customer whose birthday falls {@code daysFromToday} days from today, entered {@code enteredDaysAgo} days ago. */
    public Customer customerWithBirthday(int daysFromToday, int enteredDaysAgo) {
        Customer c = fixtures.customer();
        enterBirthday(c.getId(), today().plusDays(daysFromToday), enteredDaysAgo);
        return c;
    }

    /** Enters {@code birthday} (month and day) as the shopper did {@code daysAgo} days ago. */
    public void enterBirthday(long customerId, LocalDate birthday, int daysAgo) {
        clock.advance(-daysAgo * DAY);
        try {
            birthdays.saveByShopper(customerId, String.valueOf(birthday.getMonthValue()), String.valueOf(birthday.getDayOfMonth()), "");
        } finally {
            clock.advance(daysAgo * DAY);
        }
    }

    /** A customer with a reward issued today (a birthday today, entered 60 days ago). */
    public RewardView rewardToday() {
        return rewardToday(fixtures.customer());
    }

    /** Gives {@code c} a birthday today (entered 60 days ago) and issues its reward. */
    public RewardView rewardToday(Customer c) {
        enterBirthday(c.getId(), today(), 60);
        IssueOutcome o = issuer.issueIfDue(birthdays.find(c.getId()), today());
        if (o.getKind() != IssueOutcome.Kind.ISSUED) {
            throw new IllegalStateException("no reward issued: " + o);
        }
        return admin.reward(o.getRewardId());
    }

    /** A customer with a reward issued {@code daysAgo} days ago for a birthday on that day (expired after 30 days). */
    public RewardView rewardIssuedDaysAgo(int daysAgo) {
        Customer c = fixtures.customer();
        clock.advance(-daysAgo * DAY);
        IssueOutcome o;
        try {
            enterBirthday(c.getId(), today(), 60);
            o = issuer.issueIfDue(birthdays.find(c.getId()), today());
            if (o.getKind() != IssueOutcome.Kind.ISSUED) {
                throw new IllegalStateException("no reward issued: " + o);
            }
        } finally {
            clock.advance(daysAgo * DAY);
        }
        return admin.reward(o.getRewardId());
    }

    /** Marks the reward's code used on a (made-up) order, as the checkout hook does. */
    public void markUsed(RewardView reward) {
        if (!rewards.markUsed(reward.getCode(), LoyaltyAdminFixtures.unique(), clock.now())) {
            throw new IllegalStateException("reward " + reward.getId() + " was not marked used");
        }
    }
}
