package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import org.evergreenloyalty.browser.pages.ConfirmationPage;
import org.evergreenloyalty.browser.pages.LoyaltyAccountPage;
import org.evergreenloyalty.browser.pages.LoyaltyAccountPage.HistoryRow;
import org.evergreenloyalty.browser.pages.ProductPage;
import org.evergreenloyalty.browser.pages.RegistrationPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The demo store's campaign ("Double points on Outdoor", seeded for the current month): the product page of an
 * Outdoor product shows the doubled points and the campaign, and the order placed earns them — the ordinary points
 * and the campaign's as a line of its own in the shopper's history.
 */
@BrowserTest
class CampaignJourneyTest {

    /** 79.00 in Outdoor, the demo campaign's category. */
    private static final String PRODUCT = "/outdoor/trail-backpack";
    private static final String CAMPAIGN = "Double points on Outdoor";

    @Test
    void theProductPageShowsDoublePointsAndTheOrderEarnsThem(DemoStore store, WebDriver driver) {
        String email = "campaign-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        RegistrationPage.open(driver, store).fillIn("Carla", "Campaign", email, "Password1!").submitExpectingSuccess();

        ProductPage product = ProductPage.open(driver, store, PRODUCT);
        assertEquals(CAMPAIGN, product.earnCampaign(), "the page names the campaign: " + product.earnLine());
        assertTrue(product.earnLine().startsWith("Earn 158 points"), product.earnLine());
        assertTrue(product.earnLine().contains("2\u00d7 points until"), product.earnLine());

        ConfirmationPage order = product.addToCart().checkOut()
                .shipTo("Carla", "Campaign", "1 Test Street", "Springfield", "12345")
                .payWithTestCard("Carla Campaign");
        long ordinary = order.subtotal().setScale(0, RoundingMode.FLOOR).longValueExact();
        assertEquals(new BigDecimal("79.00"), order.subtotal());

        LoyaltyAccountPage account = LoyaltyAccountPage.openFromAccount(driver, store);
        assertEquals(2 * ordinary, account.pending(), "ordinary points plus the campaign's, pending");
        List<HistoryRow> history = account.history();
        assertEquals(2, history.size(), "the order's points and the campaign's: " + history);
        assertTrue(history.stream().anyMatch(r -> CAMPAIGN.equals(r.reason()) && r.points() == ordinary),
                "the campaign's points are a line of their own: " + history);
    }
}
