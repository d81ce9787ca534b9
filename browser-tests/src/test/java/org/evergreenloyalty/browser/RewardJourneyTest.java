package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import org.evergreenloyalty.browser.pages.AdminConsole;
import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.CartPage;
import org.evergreenloyalty.browser.pages.ConfirmationPage;
import org.evergreenloyalty.browser.pages.LoyaltyCustomersPage;
import org.evergreenloyalty.browser.pages.ProductPage;
import org.evergreenloyalty.browser.pages.RegistrationPage;
import org.evergreenloyalty.browser.pages.RewardsAccountPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The rewards catalogue in the real demo store: a shopper with points from the administrator's adjustment claims the
 * demo's "10% off your order" on the rewards page (which fits a 360 px phone), finds its code there, enters it in
 * the cart and sees the total drop by exactly 10% of the items; after the order the reward shows as used.
 */
@BrowserTest
class RewardJourneyTest {
    /** 29.00: ten percent of it is 2.90. */
    private static final String PRODUCT = "/garden/watering-can";
    private static final String FIRST_PRODUCT = "/tea-coffee/sencha-green-tea";
    private static final String REWARD = "10% off your order";
    private static final long GOODWILL = 800;

    @Test
    void shopperClaimsARewardAndUsesItsCodeAtCheckout(DemoStore store, WebDriver driver) {
        String email = "rewards-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        RegistrationPage.open(driver, store).fillIn("Rita", "Rewards", email, "Password1!").submitExpectingSuccess();
        ProductPage.open(driver, store, FIRST_PRODUCT).addToCart().checkOut()
                .shipTo("Rita", "Rewards", "1 Test Street", "Springfield", "12345")
                .payWithTestCard("Rita Rewards");

        // 1. The administrator grants the points the reward costs.
        AdminConsole admin = AdminLoginPage.open(driver, store).signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD);
        LoyaltyCustomersPage search = admin.loyaltyCustomers();
        assertEquals(List.of(email), search.search(email));
        search.open(email).adjust("+" + GOODWILL, "Rewards journey");

        // 2. The shopper claims the reward on the rewards page; its points are spent and its code is shown.
        RewardsAccountPage rewards = RewardsAccountPage.openFromPointsPage(driver, store);
        assertEquals(GOODWILL, rewards.spendable());
        assertEquals(GOODWILL, rewards.cost(REWARD), "the demo's 10% reward costs 800 points");
        rewards = rewards.claim(REWARD);
        String code = rewards.code(REWARD);
        assertTrue(rewards.message().contains(code), "the confirmation names the code: " + rewards.message());
        assertEquals(0, rewards.spendable(), "the points are spent");
        assertEquals("READY", rewards.status(REWARD));
        assertFitsAPhone(driver, store);

        // 3. The code takes exactly 10% off the cart, and the order is placed with it.
        CartPage cart = ProductPage.open(driver, store, PRODUCT).addToCart();
        BigDecimal before = cart.total();
        BigDecimal tenPercent = cart.subtotal().multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_EVEN);
        cart = cart.applyPromoCode(code);
        assertEquals(List.of(code), cart.appliedPromoCodes());
        assertEquals(before.subtract(tenPercent), cart.total(), "the total drops by exactly " + tenPercent);
        ConfirmationPage order = cart.checkOut()
                .shipTo("Rita", "Rewards", "1 Test Street", "Springfield", "12345")
                .payWithTestCard("Rita Rewards");
        assertEquals(tenPercent.negate(), order.discount(), "the placed order keeps the discount");

        // 4. The rewards page shows the reward used.
        rewards = RewardsAccountPage.openFromPointsPage(driver, store);
        assertEquals("USED", rewards.status(REWARD));
    }

    private static void assertFitsAPhone(WebDriver driver, DemoStore store) {
        Dimension original = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(360, 740));
            driver.get(store.siteUrl("/account/loyalty/rewards"));
            long viewport = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
            long width = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;")).longValue();
            assertTrue(width <= viewport, "the rewards page is " + width + " px wide at " + viewport + " px");
        } finally {
            driver.manage().window().setSize(original);
        }
    }
}
