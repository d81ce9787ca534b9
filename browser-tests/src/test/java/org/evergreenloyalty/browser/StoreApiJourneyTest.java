package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.evergreenloyalty.browser.pages.AdminConsole;
import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.LoyaltyApiKeysPage;
import org.evergreenloyalty.browser.pages.RegistrationPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.json.Json;

/**
 * The store API in the real demo store, called over HTTP as a store's server would: the administrator creates a
 * WRITE key on Loyalty &gt; API keys (shown once); the server finds a new shopper by e-mail, adjusts the points once
 * under an Idempotency-Key (the repeat answers the same, another body with that key is refused), with no session
 * cookie; the list shows the key used; a revoked key is refused.
 */
@BrowserTest
class StoreApiJourneyTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> call(DemoStore store, String method, String path, String key, String idempotencyKey, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(store.siteUrl("/api/evergreen/v1/admin" + path)))
                .timeout(Duration.ofSeconds(30));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aServerAdjustsPointsOnceWithAKeyFromTheAdmin(DemoStore store, WebDriver driver) throws Exception {
        // 1. The administrator creates a WRITE key; it is shown once.
        AdminConsole admin = AdminLoginPage.open(driver, store).signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD);
        LoyaltyApiKeysPage keys = admin.loyaltyApiKeys().create("Demo ERP", "WRITE");
        String key = keys.secret();
        assertTrue(key.startsWith("evg_"), key);
        String prefix = key.substring(0, key.indexOf('_', 4));
        keys = keys.reload();
        assertFalse(keys.showsSecret(), "the key is shown only once");
        assertTrue(keys.row(prefix).contains("not used yet"), keys.row(prefix));

        // 2. A shopper signs up in the store.
        String email = "store-api-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        RegistrationPage.open(driver, store).fillIn("Ida", "Integrated", email, "Password1!").submitExpectingSuccess();

        // 3. The server finds the shopper and reads the account, without a session.
        HttpResponse<String> found = call(store, "GET", "/customers?email=" + email, key, null, null);
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        List<?> items = (List<?>) json(found.body()).get("items");
        assertEquals(1, items.size(), found.body());
        long customerId = number(map(items.get(0)), "customerId");
        long before = number(map(json(ok(call(store, "GET", "/customers/" + customerId, key, null, null)).body()).get("account")), "available");
        assertFalse(found.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                "no session for a key: " + found.headers().allValues("Set-Cookie"));

        // 4. An adjustment under an Idempotency-Key, repeated: posted once.
        String body = "{\"points\":250,\"reason\":\"Migrated from the old program\"}";
        HttpResponse<String> first = call(store, "POST", "/customers/" + customerId + "/adjustments", key, "migration-" + customerId, body);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(before + 250, number(json(first.body()), "availableAfter"));
        HttpResponse<String> again = call(store, "POST", "/customers/" + customerId + "/adjustments", key, "migration-" + customerId, body);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(first.body(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        HttpResponse<String> reused = call(store, "POST", "/customers/" + customerId + "/adjustments", key, "migration-" + customerId,
                "{\"points\":9999,\"reason\":\"Migrated from the old program\"}");
        assertEquals(422, reused.statusCode(), reused.body());
        assertTrue(reused.body().contains("evergreen.api.idempotencyKey.reused"), reused.body());
        assertEquals(before + 250, number(map(json(ok(call(store, "GET", "/customers/" + customerId, key, null, null)).body()).get("account")),
                "available"), "once");
        HttpResponse<String> history = ok(call(store, "GET", "/customers/" + customerId + "/history", key, null, null));
        assertTrue(history.body().contains("Migrated from the old program"), history.body());

        // 5. Without a key: a problem, not the sign-in page.
        HttpResponse<String> anonymous = call(store, "GET", "/customers/" + customerId, null, null, null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(anonymous.body().contains("evergreen.api.key.missing"), anonymous.body());

        // 6. The admin sees the key used, revokes it, and the server is refused.
        keys = AdminConsole.open(driver, store).loyaltyApiKeys();
        assertFalse(keys.row(prefix).contains("not used yet"), keys.row(prefix));
        keys.revoke(prefix);
        HttpResponse<String> revoked = call(store, "GET", "/customers/" + customerId, key, null, null);
        assertEquals(401, revoked.statusCode(), revoked.body());
        assertTrue(revoked.body().contains("evergreen.api.key.revoked"), revoked.body());
    }

    private static HttpResponse<String> ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return r;
    }

    private static Map<String, Object> json(String body) {
        return new Json().toType(body, Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertTrue(o instanceof Map, String.valueOf(o));
        return (Map<String, Object>) o;
    }

    private static long number(Map<String, Object> json, String key) {
        Object value = json.get(key);
        assertTrue(value instanceof Number, key + " is a number in " + json);
        return ((Number) value).longValue();
    }
}
