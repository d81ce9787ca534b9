package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.evergreenloyalty.browser.WebhookReceiver.Received;
import org.evergreenloyalty.browser.pages.AdminConsole;
import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.CartPage;
import org.evergreenloyalty.browser.pages.ConfirmationPage;
import org.evergreenloyalty.browser.pages.LoyaltyCustomersPage;
import org.evergreenloyalty.browser.pages.LoyaltyWebhookPage;
import org.evergreenloyalty.browser.pages.ProductPage;
import org.evergreenloyalty.browser.pages.RegistrationPage;
import org.evergreenloyalty.browser.pages.ShopperApi;
import org.evergreenloyalty.browser.pages.ShopperApi.Answer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;

/**
 * The open integration in the real demo store: the administrator subscribes a receiver on loopback to points events
 * (the secret is shown once); a shopper signs up and buys; a script on the store's pages uses the shopper API with the
 * session (anonymous 401, balances, history, a refused redemption that changes nothing, a points discount put on the
 * cart and taken off again); the receiver gets the earning and the administrator's adjustment, each signed with the
 * subscription's secret, and the admin's delivery log shows them delivered.
 */
@BrowserTest
class ApiJourneyTest {
    private static final String FIRST_PRODUCT = "/tea-coffee/sencha-green-tea";
    private static final String SECOND_PRODUCT = "/garden/watering-can";
    private static final long GOODWILL = 500;
    private static final long POINTS_TO_USE = 200;
    private static final Duration DELIVERY = Duration.ofSeconds(90);

    @Test
    void aScriptUsesTheShopperApiAndTheStoreReceivesSignedEvents(DemoStore store, WebDriver driver) throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // 1. The administrator subscribes the receiver; the secret shows once.
            AdminConsole admin = AdminLoginPage.open(driver, store).signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD);
            LoyaltyWebhookPage subscription = admin.loyaltyWebhooks().create(receiver.url(), "points.earned", "points.adjusted");
            String secret = subscription.secret();
            String subscriptionUrl = driver.getCurrentUrl();
            assertTrue(secret.startsWith("whsec_"), secret);
            assertFalse(subscription.reload().showsSecret(), "the secret is shown only once");

            // 2. Anonymous callers get a problem, not the sign-in page.
            ShopperApi api = new ShopperApi(driver, store);
            Answer anonymous = api.get("me");
            assertEquals(401, anonymous.status(), anonymous.body());
            assertTrue(anonymous.type().startsWith("application/problem+json"), anonymous.type());
            assertTrue(anonymous.body().contains("evergreen.api.unauthenticated"), anonymous.body());

            // 3. A shopper signs up and buys: the API shows the pending points, the receiver gets the earning.
            String email = "api-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            RegistrationPage.open(driver, store).fillIn("Hedda", "Headless", email, "Password1!").submitExpectingSuccess();
            Map<String, Object> start = json(ok(api.get("me")));
            long customerId = number(start, "customerId");
            long availableAtStart = number(start, "available");
            ConfirmationPage order = ProductPage.open(driver, store, FIRST_PRODUCT).addToCart()
                    .checkOut()
                    .shipTo("Hedda", "Headless", "1 Test Street", "Springfield", "12345")
                    .payWithTestCard("Hedda Headless");
            long earned = order.subtotal().setScale(0, RoundingMode.FLOOR).longValueExact();
            Map<String, Object> me = json(ok(api.get("me")));
            assertEquals(earned, number(me, "pending"), "the order's points are pending: " + me);
            assertEquals(customerId, number(me, "customerId"));

            Received earning = receiver.await(r -> "points.earned".equals(r.eventType())
                    && customerId == number(r.data(), "customerId") && "EARN".equals(r.data().get("entryType")), DELIVERY);
            assertEquals(earned, number(earning.data(), "pendingPoints"));
            assertEquals(earning.eventId(), earning.json().get("id"), "the event id is in the header and the body");
            assertTrue(WebhookReceiver.signedWith(earning, secret), "signed with the subscription's secret: " + earning.signature());
            assertFalse(WebhookReceiver.signedWith(earning, "whsec_" + "0".repeat(48)), "another secret does not verify");

            // 4. The administrator adds goodwill points: the receiver gets the adjustment, signed.
            LoyaltyCustomersPage search = AdminConsole.open(driver, store).loyaltyCustomers();
            assertEquals(List.of(email), search.search(email));
            search.open(email).adjust("+" + GOODWILL, "API journey");
            Received adjusted = receiver.await(r -> "points.adjusted".equals(r.eventType())
                    && customerId == number(r.data(), "customerId"), DELIVERY);
            assertEquals(GOODWILL, number(adjusted.data(), "points"));
            assertEquals(availableAtStart + GOODWILL, number(adjusted.data(), "balance"));
            assertTrue(WebhookReceiver.signedWith(adjusted, secret));

            // 5. The script reads the history and balance, then redeems on a new cart through the API.
            String history = ok(api.get("me/history?page=1")).body();
            assertTrue(history.contains("ADJUST") && history.contains("EARN"), history);
            assertEquals(availableAtStart + GOODWILL, number(json(ok(api.get("me"))), "available"));

            BigDecimal before = ProductPage.open(driver, store, SECOND_PRODUCT).addToCart().total();
            Answer refused = api.post("me/redemption", "{\"points\":\"lots\"}");
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.body().contains("evergreen.api.validation"), refused.body());
            assertEquals(before, CartPage.open(driver, store).total(), "a refused request changes nothing");

            Map<String, Object> applied = json(ok(api.post("me/redemption", "{\"points\":" + POINTS_TO_USE + "}")));
            BigDecimal worth = BigDecimal.valueOf(POINTS_TO_USE).movePointLeft(2);
            CartPage cart = CartPage.open(driver, store);
            assertEquals(before.subtract(worth), cart.total(), "the points discount is on the cart: " + applied);
            assertTrue(cart.pointsApplied(), "the cart's widget shows the points the API applied");
            assertEquals(POINTS_TO_USE, number(nested(json(ok(api.get("me/redemption"))), "applied"), "points"));

            Answer released = api.delete("me/redemption");
            assertTrue(released.status() == 200 || released.status() == 204, released.status() + " " + released.body());
            cart = CartPage.open(driver, store);
            assertEquals(before, cart.total(), "taken off again");
            assertFalse(cart.pointsApplied());
            assertEquals(availableAtStart + GOODWILL, number(json(ok(api.get("me"))), "available"), "the points are free again");

            // 6. The admin's delivery log shows both events delivered; the subscription is removed again.
            LoyaltyWebhookPage log = LoyaltyWebhookPage.open(driver, subscriptionUrl);
            List<String> deliveries = log.deliveries();
            assertTrue(deliveries.contains("points.earned DELIVERED") && deliveries.contains("points.adjusted DELIVERED"), deliveries.toString());
            log.delete();
            assertEquals(1, receiver.count(r -> r.eventId().equals(earning.eventId())), "the earning arrived once");
        }
    }

    private static Answer ok(Answer a) {
        assertEquals(200, a.status(), a.body());
        assertTrue(a.type().startsWith("application/json"), a.type());
        return a;
    }

    private static Map<String, Object> json(Answer a) {
        return new Json().toType(a.body(), Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> json, String key) {
        Object value = json.get(key);
        assertTrue(value instanceof Map, key + " in " + json);
        return (Map<String, Object>) value;
    }

    private static long number(Map<String, Object> json, String key) {
        Object value = json.get(key);
        assertTrue(value instanceof Number, key + " is a number in " + json);
        return ((Number) value).longValue();
    }
}
