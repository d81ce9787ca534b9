package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import org.evergreenloyalty.browser.pages.AdminConsole;
import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.CartPage;
import org.evergreenloyalty.browser.pages.ConfirmationPage;
import org.evergreenloyalty.browser.pages.HomePage;
import org.evergreenloyalty.browser.pages.LoyaltyAccountPage;
import org.evergreenloyalty.browser.pages.LoyaltyAccountPage.HistoryRow;
import org.evergreenloyalty.browser.pages.LoyaltyReferralPage;
import org.evergreenloyalty.browser.pages.LoyaltyReferralsPage;
import org.evergreenloyalty.browser.pages.LoyaltySettingsPage;
import org.evergreenloyalty.browser.pages.ProductPage;
import org.evergreenloyalty.browser.pages.ReferralAccountPage;
import org.evergreenloyalty.browser.pages.ReferralLandingPage;
import org.evergreenloyalty.browser.pages.ReferralSettingsPage;
import org.evergreenloyalty.browser.pages.RegistrationPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The referral journey in the real demo store, with its default referral rules (10% off the friend's first
 * order, 500 points for the advocate after a 30-day approval period, every fraud rule on).
 *
 * <p>Advocate and friend use the same browser on the same machine (one after the other, the friend in a fresh
 * session without cookies), so they share IP address and user agent: the store's same-device rule rightly
 * flags the referral, at the friend's signup and again at the first order. The test keeps that rule on and
 * has the administrator review and approve the flagged referral each time (Loyalty &gt; Referrals), which is
 * the store's real workflow for such a case, instead of switching the rule off.
 *
 * <p>The advocate registers and copies the link from the referral page; the friend follows it, sees the banner
 * and registers; the administrator sets the approval period to 0 days (before the first order, whose reward
 * date is fixed when it is placed) and approves; the friend orders with the 10% welcome discount; the
 * administrator approves again and runs the referral-rewards job now (Loyalty &gt; Settings); the advocate
 * sees 500 points and the referral counted as rewarded.
 */
@BrowserTest
class ReferralJourneyTest {
    /** 29.00: 10% of it is exactly 2.90. */
    private static final String PRODUCT = "/garden/watering-can";
    private static final String PASSWORD = "Password1!";
    private static final long ADVOCATE_POINTS = 500;
    private static final BigDecimal FRIEND_PERCENT = new BigDecimal("0.10");

    @Test
    void theFriendOrdersWithTheDiscountAndTheAdvocateIsRewardedAfterReview(DemoStore store, WebDriver driver) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String advocateEmail = "advocate-" + id + "@example.com";
        String friendEmail = "friend-" + id + "@example.com";

        // 1. The advocate registers and copies the personal link from the referral page.
        RegistrationPage.open(driver, store).fillIn("Ada", "Advocate", advocateEmail, PASSWORD).submitExpectingSuccess();
        ReferralAccountPage advocatePage = ReferralAccountPage.openFromAccount(driver, store);
        String link = advocatePage.copyLink();
        String code = advocatePage.code().replace("-", "");
        assertEquals(store.siteUrl("/r/" + code), link, "the link is the store's /r/{code} with the advocate's code");

        // 2. The friend, in a fresh session, follows the link, sees the banner and registers.
        driver.manage().deleteAllCookies();
        ReferralLandingPage landing = ReferralLandingPage.follow(driver, store, link);
        assertTrue(landing.signedOut(), "a fresh session: nobody is signed in");
        assertTrue(landing.banner().contains("Ada gave you 10% off your first order."), "the banner: " + landing.banner());
        RegistrationPage registration = landing.register();
        assertTrue(registration.referralInvitation().contains("10% off"), "the form says who invited: " + registration.referralInvitation());
        registration.fillIn("Fred", "Friend", friendEmail, PASSWORD).submitExpectingSuccess();
        CartPage cart = ProductPage.open(driver, store, PRODUCT).addToCart();
        assertFalse(cart.offersReferralDiscount(), "a flagged referral gets no welcome discount before the review");

        // 3. The administrator shortens the approval period and reviews the flagged referral: same device as
        //    the advocate, which the administrator has checked and approves.
        AdminConsole admin = AdminLoginPage.open(driver, store).signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD);
        ReferralSettingsPage settings = admin.loyaltyReferrals().settings();
        assertEquals("30", settings.value("approvalDays"), "the demo's default approval period");
        assertTrue(settings.ticked("ruleSameDevice"), "the same-device rule is on");
        settings = settings.set("approvalDays", "-1").save();
        assertEquals("The approval period must be between 0 and 365 days.", settings.error("approvalDays"));
        settings = settings.set("approvalDays", "0").save();
        assertEquals("Referral settings saved.", settings.notice());
        assertEquals("0", settings.value("approvalDays"));

        LoyaltyReferralsPage flagged = settings.referrals().filterByStatus("FLAGGED");
        assertTrue(flagged.friends().contains(friendEmail), "the friend's referral waits for review: " + flagged.friends());
        LoyaltyReferralPage referral = flagged.open(friendEmail);
        String referralId = referral.referralId();
        assertEquals("FLAGGED", referral.status());
        assertTrue(referral.statusReason().contains("Same IP address and browser as the advocate"), referral.statusReason());
        assertEquals(advocateEmail, referral.advocateEmail());
        assertEquals(friendEmail, referral.friendEmail());
        referral = referral.approve(" ");
        assertEquals("Enter the reason for this decision.", referral.approveReasonError());
        assertEquals("FLAGGED", referral.status(), "no reason, no decision");
        referral = referral.approve("Checked: friend and advocate share a computer");
        assertEquals("Referral " + referralId + " approved: it is now Pending.", referral.notice());
        assertEquals("PENDING", referral.status());

        // 4. The friend orders with the welcome discount.
        cart = CartPage.open(driver, store);
        assertTrue(cart.referralWelcome().contains("10%"), "the cart offers the discount: " + cart.referralWelcome());
        BigDecimal subtotal = cart.subtotal();
        BigDecimal totalBefore = cart.total();
        BigDecimal discount = subtotal.multiply(FRIEND_PERCENT).setScale(2, RoundingMode.HALF_UP);
        cart = cart.applyReferralDiscount();
        assertEquals(discount.negate(), cart.discount(), "the discount line shows 10% of " + subtotal);
        assertEquals(totalBefore.subtract(discount), cart.total());
        ConfirmationPage order = cart.checkOut()
                .shipTo("Fred", "Friend", "7 Friend Street", "Springfield", "12345")
                .payWithTestCard("Fred Friend");
        String orderNumber = order.orderNumber();
        assertEquals(discount.negate(), order.discount(), "the placed order keeps the discount");

        // 5. The first order came from the advocate's device too: flagged again. The administrator approves,
        //    then runs the referral-rewards job now.
        referral = LoyaltyReferralPage.open(driver, store, referralId);
        assertEquals("FLAGGED", referral.status());
        assertEquals(orderNumber, referral.firstOrder());
        assertTrue(referral.statusReason().contains("Ordered from the advocate's IP address and browser"), referral.statusReason());
        referral = referral.approve("Checked again: the friend's own order");
        assertEquals("QUALIFIED", referral.status());
        LoyaltySettingsPage jobs = AdminConsole.open(driver, store).loyaltySettings().runJobNow("referral-rewards");
        assertTrue(jobs.notice().startsWith("Job referral-rewards ran"), jobs.notice());
        referral = LoyaltyReferralPage.open(driver, store, referralId);
        assertEquals("REWARDED", referral.status());
        assertTrue(referral.reward().contains(ADVOCATE_POINTS + " points granted"), referral.reward());
        List<String> actors = referral.decisionActors();
        assertEquals(2, actors.stream().filter("admin"::equals).count(), "both approvals name the administrator: " + actors);

        // 6. The advocate signs in again and sees the reward.
        driver.get(store.siteUrl("/"));
        driver.manage().deleteAllCookies();
        HomePage.open(driver, store).goToSignIn().signInAs(advocateEmail, PASSWORD);
        LoyaltyAccountPage points = LoyaltyAccountPage.openFromAccount(driver, store);
        assertEquals(ADVOCATE_POINTS, points.available(), "the referral reward is available at once");
        HistoryRow bonus = points.history().get(0);
        assertEquals("BONUS", bonus.type());
        assertEquals(ADVOCATE_POINTS, bonus.points());
        assertTrue(bonus.reason().contains("Referral reward"), bonus.reason());
        advocatePage = ReferralAccountPage.open(driver, store);
        assertEquals(1, advocatePage.rewarded(), "the friend counts as rewarded");
        assertEquals(ADVOCATE_POINTS, advocatePage.pointsEarned());
        assertEquals(List.of("REWARDED"), advocatePage.referralStatuses());
    }
}
