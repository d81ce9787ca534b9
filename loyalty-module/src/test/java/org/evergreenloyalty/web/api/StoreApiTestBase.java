package org.evergreenloyalty.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.apikey.ApiKeyService;
import org.evergreenloyalty.apikey.ApiRateLimiter;
import org.evergreenloyalty.apikey.CreatedApiKey;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Shared set-up of the store API tests: keys of each scope, calls with a key, and the balance and ledger of a customer. */
abstract class StoreApiTestBase extends ApiTestBase {

    @Resource(name = "evgApiKeyService")
    ApiKeyService keys;
    @Resource(name = "evgApiRateLimiter")
    ApiRateLimiter limiter;

    private final List<Long> created = new ArrayList<Long>();

    @AfterEach
    void revokeTheKeys() {
        for (Long id : created) {
            keys.revoke(id);
        }
    }

    /** A new key of {@code scope} ("READ" or "WRITE"), revoked after the test. */
    String key(String scope) {
        CreatedApiKey k = keys.create("test " + TestIds.unique("key"), scope, null, "test");
        created.add(k.getKey().getId());
        return k.getSecret();
    }

    /** A call of the store API ({@code path} below {@code /admin}) with {@code token} as bearer key (null: none). */
    MockHttpServletRequest call(String method, String path, String token) {
        MockHttpServletRequest r = request(method, "/admin" + path, null, null);
        r.setRemoteAddr("192.0.2.10");
        if (token != null) {
            r.addHeader("Authorization", "Bearer " + token);
        }
        return r;
    }

    MockHttpServletResponse get(String path, String token) throws Exception {
        return send(call("GET", path, token));
    }

    /** POST of a JSON {@code body} with an {@code Idempotency-Key} (null: none). */
    MockHttpServletResponse post(String path, String token, String idempotencyKey, String body) throws Exception {
        MockHttpServletRequest r = call("POST", path, token);
        if (idempotencyKey != null) {
            r.addHeader("Idempotency-Key", idempotencyKey);
        }
        r.setContentType("application/json");
        r.setContent(body.getBytes(StandardCharsets.UTF_8));
        return send(r);
    }

    MockHttpServletResponse adjust(Customer c, String token, String idempotencyKey, String body) throws Exception {
        return post("/customers/" + c.getId() + "/adjustments", token, idempotencyKey, body);
    }

    long balance(Customer c) {
        return accounts.summary(c.getId()).getBalance().getAvailable();
    }

    long ledgerLines(Customer c) {
        return accounts.summary(c.getId()).getHistorySize();
    }

    /** Asserts that the customer still has {@code balance} points in {@code lines} ledger lines. */
    void unchanged(Customer c, long balance, long lines, String why) {
        assertEquals(balance, balance(c), "balance unchanged: " + why);
        assertEquals(lines, ledgerLines(c), "no ledger line: " + why);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    /** The field of the first error of a validation problem. */
    static String firstErrorField(Map<String, Object> problem) {
        return (String) map(((List<?>) problem.get("errors")).get(0)).get("field");
    }
}
