package org.evergreenloyalty.web.birthday;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.evergreenloyalty.birthday.Birthday;
import org.evergreenloyalty.birthday.BirthdayException;
import org.evergreenloyalty.birthday.BirthdayProfile;
import org.evergreenloyalty.birthday.BirthdayRewardService;
import org.evergreenloyalty.birthday.BirthdayService;
import org.evergreenloyalty.birthday.BirthdaySettingsService;
import org.evergreenloyalty.birthday.RewardTexts;
import org.evergreenloyalty.birthday.RewardView;
import org.evergreenloyalty.order.OrderEventWorker;
import org.springframework.context.MessageSource;

/**
 * Builds the {@link BirthdayAccountPage} of a shopper in their language (bean
 * {@code evgBirthdayAccountPages}), from the birthday engine and {@code messages/evergreen-birthday*}.
 */
public class BirthdayAccountPages {

    private final BirthdayService birthdays;
    private final BirthdayRewardService rewards;
    private final BirthdaySettingsService settings;
    private final MessageSource messages;
    private OrderEventWorker pendingOrders;

    public BirthdayAccountPages(BirthdayService birthdays, BirthdayRewardService rewards, BirthdaySettingsService settings,
                                MessageSource messages) {
        this.birthdays = birthdays;
        this.rewards = rewards;
        this.settings = settings;
        this.messages = messages;
    }

    /**
     * Books the shopper's placed orders that no worker has booked yet before the page reads the reward (optional;
     * without it an order that used the code shows as used once the worker has booked it, within
     * {@code evergreen.orders.events.gatherMillis}).
     */
    public void setPendingOrders(OrderEventWorker pendingOrders) {
        this.pendingOrders = pendingOrders;
    }

    /** The page of {@code customerId} as stored (after booking the shopper's own waiting orders). */
    public BirthdayAccountPage page(long customerId, Locale locale) {
        if (pendingOrders != null) {
            pendingOrders.settle(customerId);
        }
        BirthdayAccountPage p = new BirthdayAccountPage();
        for (int m = 1; m <= 12; m++) {
            p.months.add(new BirthdayAccountPage.Option(String.valueOf(m), Month.of(m).getDisplayName(TextStyle.FULL, locale)));
        }
        for (int d = 1; d <= 31; d++) {
            p.days.add(new BirthdayAccountPage.Option(String.valueOf(d), String.valueOf(d)));
        }
        BirthdayProfile profile = birthdays.profile(customerId);
        int interval = settings.current().getChangeIntervalMonths();
        if (profile.isKnown()) {
            Birthday b = profile.getBirthday();
            p.known = true;
            p.month = String.valueOf(b.getMonth());
            p.day = String.valueOf(b.getDay());
            p.year = b.getYear() == null ? "" : String.valueOf(b.getYear());
            p.nextBirthday = profile.isToday() ? text("evergreen.birthday.account.today", locale)
                    : text("evergreen.birthday.account.next", locale, date(profile.getNextOccurrence(), locale));
            p.birthdayToday = profile.isToday();
            p.nextBirthdayNote = profile.isNextOccurrenceEarns()
                    ? text("evergreen.birthday.account.earns", locale)
                    : text("evergreen.birthday.account.earnsFrom", locale, date(profile.getFirstEarningOccurrence(), locale),
                    settings.current().getNoticeDays());
        }
        p.changeAllowed = profile.isChangeAllowed();
        p.changeRule = profile.isChangeAllowed()
                ? text(profile.isKnown() ? "evergreen.birthday.account.changeRule" : "evergreen.birthday.account.firstEntry", locale, interval)
                : text("evergreen.birthday.account.changeFrom", locale, date(profile.getNextChangeAllowedOn(), locale), interval);
        RewardView r = rewards.currentReward(customerId);
        if (r != null) {
            p.reward = new BirthdayAccountPage.Reward(r.getCode(),
                    RewardTexts.discount(r.getDiscountKind(), r.getDiscountValue(), r.getCurrencyCode(), locale),
                    RewardTexts.money(r.getMinimumSubtotal(), r.getCurrencyCode(), locale),
                    date(r.getLastValidDay(), locale), r.getBonusPoints(), r.getStatus().name(),
                    text("evergreen.birthday.status." + r.getStatus().name(), locale));
        }
        return p;
    }

    /** The page after a refused save: the shopper's input back in the form, and the message. */
    public BirthdayAccountPage refused(long customerId, BirthdayException e, String month, String day, String year, Locale locale) {
        BirthdayAccountPage p = page(customerId, locale);
        p.month = clip(month);
        p.day = clip(day);
        p.year = clip(year);
        p.error = message(e, locale);
        p.errorField = e.getField();
        return p;
    }

    /** The page after the birthday given at registration could not be kept: the reason, and the form to try again. */
    public BirthdayAccountPage registrationRefused(long customerId, BirthdayException e, Locale locale) {
        BirthdayAccountPage p = page(customerId, locale);
        p.error = text("evergreen.birthday.registration.notSaved", locale, message(e, locale));
        p.errorField = e.getField();
        return p;
    }

    /** The confirmation after a save. */
    public String saved(BirthdayProfile profile, Locale locale) {
        String when = date(profile.getNextOccurrence(), locale);
        if (profile.isToday()) {
            return profile.isNextOccurrenceEarns() ? text("evergreen.birthday.account.savedToday", locale)
                    : text("evergreen.birthday.account.savedTodayLate", locale, date(profile.getFirstEarningOccurrence(), locale));
        }
        return profile.isNextOccurrenceEarns()
                ? text("evergreen.birthday.account.saved", locale, when)
                : text("evergreen.birthday.account.savedLate", locale, when, date(profile.getFirstEarningOccurrence(), locale),
                settings.current().getNoticeDays());
    }

    /** The text of a refusal in {@code locale}. */
    public String message(BirthdayException e, Locale locale) {
        Object[] args = e.getArguments();
        if ("evergreen.birthday.error.changeTooSoon".equals(e.getMessageKey()) && args.length > 1) {
            args = new Object[] {args[0], date(LocalDate.parse(String.valueOf(args[1])), locale)};
        } else if ("evergreen.birthday.error.noSuchDay".equals(e.getMessageKey()) && args.length > 2) {
            args = new Object[] {args[0], Month.of((Integer) args[1]).getDisplayName(TextStyle.FULL, locale), args[2]};
        }
        return messages.getMessage(e.getMessageKey(), args, e.getMessage(), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String date(LocalDate d, Locale locale) {
        return RewardTexts.longDate(d, locale);
    }

    /** Form input echoed back, shortened so nothing long is rendered. */
    private static String clip(String s) {
        if (s == null) {
            return "";
        }
        String t = s.trim();
        return t.length() > 8 ? t.substring(0, 8) : t;
    }
}
