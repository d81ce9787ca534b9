package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.evergreenloyalty.browser.pages.LoyaltyAccountPage;
import org.evergreenloyalty.browser.pages.LoyaltyAccountPage.Badge;
import org.evergreenloyalty.browser.pages.ProductPage;
import org.evergreenloyalty.browser.pages.RegistrationPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The demo store's milestones (the 5th order switched on by the demo seeding): a new shopper sees "5th order" open
 * with its progress, places five orders, and then sees the badge reached, its points pending with the 5th order's.
 */
@BrowserTest
class MilestoneJourneyTest {

    /** A product outside the demo campaign's category. */
    private static final String PRODUCT = "/tea-coffee/sencha-green-tea";

    @Test
    void aNewShopperSeesTheFifthOrderBadgeAfterTheFifthOrder(DemoStore store, WebDriver driver) {
        String email = "milestone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        RegistrationPage.open(driver, store).fillIn("Mila", "Milestone", email, "Password1!").submitExpectingSuccess();

        Badge open = LoyaltyAccountPage.open(driver, store).badge("order-5");
        assertNotNull(open, "the 5th-order badge is shown from the start");
        assertFalse(open.reached());
        assertEquals("0 of 5 orders", open.progress());

        for (int i = 1; i <= 5; i++) {
            ProductPage.open(driver, store, PRODUCT).addToCart().checkOut()
                    .shipTo("Mila", "Milestone", "1 Test Street", "Springfield", "12345")
                    .payWithTestCard("Mila Milestone");
            if (i == 3) {
                assertEquals("3 of 5 orders", LoyaltyAccountPage.open(driver, store).badge("order-5").progress());
            }
        }

        LoyaltyAccountPage account = LoyaltyAccountPage.open(driver, store);
        Badge reached = account.badge("order-5");
        assertTrue(reached.reached(), "the badge is reached after the 5th order: " + reached);
        assertEquals("5th order", reached.name());
        assertTrue(account.history().stream().anyMatch(r -> r.points() == 100 && r.pendingOnly()),
                "the milestone's 100 points are pending with the order's: " + account.history());
    }
}
