package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.evergreenloyalty.browser.pages.AdminConsole;
import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.BirthdayAccountPage;
import org.evergreenloyalty.browser.pages.BirthdaySettingsPage;
import org.evergreenloyalty.browser.pages.CartPage;
import org.evergreenloyalty.browser.pages.ConfirmationPage;
import org.evergreenloyalty.browser.pages.DemoMailboxPage;
import org.evergreenloyalty.browser.pages.LoyaltyBirthdaysPage;
import org.evergreenloyalty.browser.pages.LoyaltySettingsPage;
import org.evergreenloyalty.browser.pages.ProductPage;
import org.evergreenloyalty.browser.pages.RegistrationPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The birthday journey in the real demo store, with the demo's default birthday rules (a 10% code valid 30
 * days, 30 days notice): a new shopper is refused an impossible birthday, then gives one about 40 days ahead;
 * the administrator sees it coming, sets the store's time zone and "days before" so that the reward is due
 * today, and runs the birthday job; the shopper finds the code in the account and in the demo mailbox, uses it
 * on an order, sees it used, and is refused it in a new cart. The demo clock is the real one, so the dates are
 * taken from today in the store's time zone (UTC, set by the administrator); 40 days ahead may fall in the
 * next year, which the rewards filter then shows.
 */
@BrowserTest
class BirthdayJourneyTest {
    private static final ZoneId STORE_ZONE = ZoneId.of("UTC");
    private static final int DAYS_AHEAD = 40;
    /** 29.00: 10% off is 2.90. */
    private static final String PRODUCT = "/garden/watering-can";
    private static final BigDecimal PERCENT_OFF = new BigDecimal(10);
    private static final String JOB = "birthday-rewards";

    @Test
    void shopperGivesBirthdayAdminIssuesShopperUsesTheCodeOnce(DemoStore store, WebDriver driver) {
        String email = "birthday-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        RegistrationPage.open(driver, store).fillIn("Bea", "Birthday", email, "Password1!").submitExpectingSuccess();

        // 1. An impossible date is refused with a clear message and nothing is saved.
        BirthdayAccountPage account = BirthdayAccountPage.openFromAccount(driver, store);
        assertTrue(account.noBirthdayKept(), "a new shopper has no birthday yet");
        account = account.save(2, 31, "");
        assertEquals("There is no 31 February: that month has at most 29 days.", account.error());
        assertTrue(BirthdayAccountPage.open(driver, store).noBirthdayKept(), "the refused date was not saved");

        // 2. A birthday about 40 days ahead: outside the 30-day notice period, so it earns this time.
        LocalDate birthday = LocalDate.now(STORE_ZONE).plusDays(DAYS_AHEAD);
        account = BirthdayAccountPage.open(driver, store).save(birthday.getMonthValue(), birthday.getDayOfMonth(), "1990");
        assertTrue(account.notice().startsWith("Your birthday is saved."), account.notice());
        assertFalse(account.noBirthdayKept());
        assertEquals("You will receive your birthday gift on time.", account.nextBirthdayNote());
        assertFalse(account.hasReward(), "no reward before the job has run");

        // 3. The administrator: a bad setting is refused and changes nothing; then the store's time zone and
        //    "days before" are set so that this birthday's reward is due today.
        AdminConsole admin = AdminLoginPage.open(driver, store).signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD);
        LoyaltyBirthdaysPage birthdays = admin.loyaltyBirthdays().showUpcoming(60);
        List<LoyaltyBirthdaysPage.Upcoming> upcoming = birthdays.upcoming();
        LoyaltyBirthdaysPage.Upcoming coming = upcoming.stream().filter(u -> u.email().equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("the new birthday is not among the next 60 days: " + upcoming));
        assertEquals(birthday.toString(), coming.on());
        assertEquals("yes", coming.earns(), "given 40 days ahead, it earns a reward: " + coming);
        assertEquals("not issued yet", coming.reward());

        BirthdaySettingsPage settings = birthdays.settings();
        String daysBeforeWas = settings.value("daysBefore");
        settings = settings.set("daysBefore", "90").set("timeZone", "Mars/Olympus").save();
        assertEquals("Nothing was saved. Please correct the fields marked below.", settings.errorSummary());
        assertEquals("Days before the birthday must be between 0 and 60.", settings.error("daysBefore"));
        assertEquals("'Mars/Olympus' is not a time zone; use an id such as Europe/Berlin.", settings.error("timeZone"));
        settings = admin.loyaltyBirthdays().settings();
        assertEquals(daysBeforeWas, settings.value("daysBefore"), "the refused form changed nothing");

        long daysBefore = ChronoUnit.DAYS.between(LocalDate.now(STORE_ZONE), birthday);
        settings = settings.set("daysBefore", String.valueOf(daysBefore)).set("timeZone", STORE_ZONE.getId()).save();
        assertEquals("Birthday settings saved.", settings.notice());
        assertEquals(String.valueOf(daysBefore), settings.reload().value("daysBefore"));

        // 4. Run the birthday job now (Loyalty > Settings); the reward shows in the list of its birthday's year.
        LoyaltySettingsPage jobs = admin.loyaltySettings().runJobNow(JOB);
        assertTrue(jobs.notice().contains(JOB), jobs.notice());
        assertFalse(jobs.hasWarning(), "the job ran without a problem");
        List<LoyaltyBirthdaysPage.Reward> rewards = admin.loyaltyBirthdays().showRewardsOf(birthday.getYear()).rewards();
        LoyaltyBirthdaysPage.Reward reward = rewards.stream().filter(r -> r.email().equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no reward for " + email + " in " + birthday.getYear() + ": " + rewards));
        assertEquals("ISSUED", reward.status());
        assertEquals(birthday.toString(), reward.birthdayOn());
        assertEquals("10%", reward.discount());
        String code = reward.code();
        assertFalse(code.isEmpty());

        // 5. The shopper sees the code in the account and in the e-mail.
        account = BirthdayAccountPage.open(driver, store);
        assertEquals(code, account.rewardCode());
        assertEquals("ISSUED", account.rewardStatus());
        assertEquals("Ready to use", account.rewardStatusLabel());
        assertEquals("10% off your next order", account.rewardDiscount());
        String mail = DemoMailboxPage.open(driver, store).openNewest(email, "Happy birthday");
        assertTrue(mail.contains(code), "the birthday e-mail carries the code");

        // 6. The code takes 10% off a cart, and the order is placed with it.
        CartPage cart = ProductPage.open(driver, store, PRODUCT).addToCart();
        BigDecimal totalBefore = cart.total();
        BigDecimal off = cart.subtotal().multiply(PERCENT_OFF).divide(new BigDecimal(100), 2, RoundingMode.HALF_UP);
        cart = cart.applyPromoCode(code);
        assertEquals("Promo code \"" + code + "\" applied.", cart.message());
        assertEquals(List.of(code), cart.appliedPromoCodes());
        assertEquals(off.negate(), cart.discount(), "10% of the subtotal");
        assertEquals(totalBefore.subtract(off), cart.total());
        ConfirmationPage order = cart.checkOut()
                .shipTo("Bea", "Birthday", "1 Test Street", "Springfield", "12345")
                .payWithTestCard("Bea Birthday");
        assertEquals(off.negate(), order.discount(), "the placed order keeps the birthday discount");

        // 7. The account shows the reward used; the code is refused in a new cart with a clear message.
        account = BirthdayAccountPage.open(driver, store);
        assertEquals("USED", account.rewardStatus());
        assertEquals("Used", account.rewardStatusLabel());
        cart = ProductPage.open(driver, store, PRODUCT).addToCart();
        BigDecimal fullTotal = cart.total();
        cart = cart.applyPromoCode(code);
        assertEquals("This birthday code has already been used on an order.", cart.promoError());
        assertTrue(cart.appliedPromoCodes().isEmpty(), "the code is not on the cart");
        assertEquals(BigDecimal.ZERO, cart.discount());
        assertEquals(fullTotal, cart.total());
    }
}
