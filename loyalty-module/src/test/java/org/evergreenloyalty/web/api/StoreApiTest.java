package org.evergreenloyalty.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.api.ApiProblem;
import org.evergreenloyalty.api.DefaultStoreApiService;
import org.evergreenloyalty.api.StoreApiGate;
import org.evergreenloyalty.apikey.ApiKey;
import org.evergreenloyalty.apikey.CreatedApiKey;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The store API's keys on the real store through a real DispatcherServlet: each refusal of a key (missing, unknown,
 * revoked, expired, too narrow a scope, over a rate limit) with its code and nothing changed; the customer
 * endpoints; and the idempotent adjustment (replayed, reused, bad input).
 */
@BroadleafIntegrationTest
class StoreApiTest extends StoreApiTestBase {

    @Test
    void customerShowsTheAccountAndIsFoundByEmail() throws Exception {
        Customer c = customerWith(1200);
        String key = key("READ");
        Map<String, Object> view = ok(get("/customers/" + c.getId(), key), 200);
        assertEquals(c.getId().longValue(), num(view.get("customerId")));
        assertEquals(c.getEmailAddress(), view.get("email"));
        Map<String, Object> account = map(view.get("account"));
        assertEquals(1200, num(account.get("available")));
        assertEquals(0, num(account.get("pending")));
        assertNotNull(account.get("expiringSoon"));

        MockHttpServletRequest byEmail = call("GET", "/customers", null);
        byEmail.addHeader(StoreApiController.API_KEY, key); // the other header
        byEmail.addParameter("email", c.getEmailAddress().toUpperCase());
        List<?> found = (List<?>) ok(send(byEmail), 200).get("items");
        assertEquals(1, found.size());
        assertEquals(c.getId().longValue(), num(map(found.get(0)).get("customerId")));

        MockHttpServletRequest nobody = call("GET", "/customers", key);
        nobody.addParameter("email", "nobody-" + TestIds.unique("x") + "@example.com");
        assertTrue(((List<?>) ok(send(nobody), 200).get("items")).isEmpty());
        assertEquals("email", firstErrorField(problem(get("/customers", key), 400, ApiProblem.VALIDATION)));
        problem(get("/customers/999999999999", key), 404, DefaultStoreApiService.CUSTOMER_NOT_FOUND);
        for (String bad : new String[] {"abc", "1.5", "-3", "99999999999999999999"}) {
            assertEquals("customerId", firstErrorField(problem(get("/customers/" + bad, key), 400, ApiProblem.VALIDATION)), bad);
        }
    }

    @Test
    void historyPagesAndRefusesBadPages() throws Exception {
        Customer c = customerWith(0);
        for (int i = 1; i <= 23; i++) {
            accounts.grantBonus(c.getId(), i, TestIds.unique("store-history"), "bonus " + i, "test", null);
        }
        String key = key("READ");
        Map<String, Object> first = ok(get("/customers/" + c.getId() + "/history", key), 200);
        assertEquals(23, num(first.get("total")));
        assertEquals(20, ((List<?>) first.get("items")).size());
        MockHttpServletRequest second = call("GET", "/customers/" + c.getId() + "/history", key);
        second.addParameter("page", "2");
        assertEquals(3, ((List<?>) ok(send(second), 200).get("items")).size());
        for (String bad : new String[] {"-1", "0", "x"}) {
            MockHttpServletRequest r = call("GET", "/customers/" + c.getId() + "/history", key);
            r.addParameter("page", bad);
            assertEquals("page", firstErrorField(problem(send(r), 400, ApiProblem.VALIDATION)), bad);
        }
        problem(get("/customers/999999999999/history", key), 404, DefaultStoreApiService.CUSTOMER_NOT_FOUND);
    }

    @Test
    void eachKeyRefusalHasItsCodeAndChangesNothing() throws Exception {
        Customer c = customerWith(500);
        long lines = ledgerLines(c);
        String body = "{\"points\":100,\"reason\":\"Goodwill\"}";

        MockHttpServletResponse none = adjust(c, null, "k-none", body);
        problem(none, 401, StoreApiGate.KEY_MISSING);
        assertTrue(none.getHeader("WWW-Authenticate").startsWith("Bearer"));
        MockHttpServletRequest german = call("GET", "/customers/" + c.getId(), null);
        german.addPreferredLocale(java.util.Locale.GERMAN);
        assertTrue(((String) problem(send(german), 401, StoreApiGate.KEY_MISSING).get("detail")).startsWith("Senden Sie einen API-Schl\u00fcssel"));
        problem(adjust(c, "evg_00000000_not-a-key", "k-bad", body), 401, StoreApiGate.KEY_INVALID);
        problem(adjust(c, "whatever", "k-bad", body), 401, StoreApiGate.KEY_INVALID);
        MockHttpServletRequest basic = call("GET", "/customers/" + c.getId(), null);
        basic.addHeader("Authorization", "Basic dXNlcjpwYXNz");
        problem(send(basic), 401, StoreApiGate.KEY_INVALID);

        String revoked = key("WRITE");
        ok(get("/customers/" + c.getId(), revoked), 200);
        keys.revoke(keys.find(revoked).getId());
        problem(adjust(c, revoked, "k-revoked", body), 401, StoreApiGate.KEY_REVOKED);
        problem(get("/customers/" + c.getId(), revoked), 401, StoreApiGate.KEY_REVOKED);

        CreatedApiKey expiring = keys.create("expiring " + TestIds.unique("k"), "WRITE",
                clock.now().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate().plusDays(1).toString(), "test");
        try {
            ok(get("/customers/" + c.getId(), expiring.getSecret()), 200);
            clock.advance(3L * 24 * 60 * 60 * 1000);
            problem(adjust(c, expiring.getSecret(), "k-expired", body), 401, StoreApiGate.KEY_EXPIRED);
            problem(get("/customers/" + c.getId(), expiring.getSecret()), 401, StoreApiGate.KEY_EXPIRED);
        } finally {
            clock.reset();
            keys.revoke(expiring.getKey().getId());
        }

        String read = key("READ");
        Map<String, Object> scope = problem(adjust(c, read, "k-read", body), 403, StoreApiGate.SCOPE_INSUFFICIENT);
        assertTrue(((String) scope.get("detail")).contains("WRITE"), (String) scope.get("detail"));
        unchanged(c, 500, lines, "refused keys");
    }

    @Test
    void aKeysLastUseIsRecorded() throws Exception {
        Customer c = customerWith(0);
        CreatedApiKey k = keys.create("last used " + TestIds.unique("k"), "READ", null, "test");
        try {
            assertNull(keys.key(k.getKey().getId()).getLastUsedAt());
            ok(get("/customers/" + c.getId(), k.getSecret()), 200);
            ApiKey used = keys.key(k.getKey().getId());
            assertNotNull(used.getLastUsedAt());
            assertEquals(clock.now().getTime() / 1000, used.getLastUsedAt().getTime() / 1000, 5);
        } finally {
            keys.revoke(k.getKey().getId());
        }
    }

    @Test
    void overTheRateLimitsCallsGet429WithRetryAfter() throws Exception {
        Customer c = customerWith(0);
        String key = key("READ");
        int perKey = limiter.getPerKey();
        int perClient = limiter.getPerClient();
        try {
            limiter.setLimits(2, perClient);
            ok(get("/customers/" + c.getId(), key), 200);
            ok(get("/customers/" + c.getId(), key), 200);
            MockHttpServletResponse limited = get("/customers/" + c.getId(), key);
            problem(limited, 429, StoreApiGate.RATE_LIMITED);
            long wait = Long.parseLong(limited.getHeader("Retry-After"));
            assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);
            ok(get("/customers/" + c.getId(), key("READ")), 200); // another key has its own count

            limiter.setLimits(perKey, 2);
            String other = key("READ");
            for (int i = 0; i < 2; i++) {
                MockHttpServletRequest r = call("GET", "/customers/" + c.getId(), other);
                r.setRemoteAddr("198.51.100.7");
                ok(send(r), 200);
            }
            MockHttpServletRequest third = call("GET", "/customers/" + c.getId(), null); // even without a key
            third.setRemoteAddr("198.51.100.7");
            third.addHeader("X-Forwarded-For", "203.0.113.99"); // not from a trusted proxy: no way around the limit
            MockHttpServletResponse byClient = send(third);
            problem(byClient, 429, StoreApiGate.RATE_LIMITED);
            assertNotNull(byClient.getHeader("Retry-After"));
        } finally {
            limiter.setLimits(perKey, perClient);
        }
    }

    @Test
    void referralsAndReviewsAreListedAndBadFiltersRefused() throws Exception {
        String key = key("READ");
        for (String path : new String[] {"/referrals", "/reviews"}) {
            Map<String, Object> page = ok(get(path, key), 200);
            assertEquals(1, num(page.get("page")));
            assertEquals(DefaultStoreApiService.PAGE_SIZE, num(page.get("pageSize")));
            assertTrue(((List<?>) page.get("items")).size() <= DefaultStoreApiService.PAGE_SIZE);
            MockHttpServletRequest far = call("GET", path, key);
            far.addParameter("page", "999999999");
            assertTrue(((List<?>) ok(send(far), 200).get("items")).isEmpty(), "a page past the end is empty");
            MockHttpServletRequest pending = call("GET", path, key);
            pending.addParameter("status", "pending");
            for (Object item : (List<?>) ok(send(pending), 200).get("items")) {
                assertEquals("PENDING", map(item).get("status"));
            }
            for (String[] bad : new String[][] {{"page", "-1"}, {"page", "abc"}, {"status", "BOGUS"}}) {
                MockHttpServletRequest r = call("GET", path, key);
                r.addParameter(bad[0], bad[1]);
                assertEquals(bad[0], firstErrorField(problem(send(r), 400, ApiProblem.VALIDATION)), path + " " + bad[1]);
            }
        }
    }

    @Test
    void theDashboardShowsThePeriodsFiguresAndRefusesBadPeriods() throws Exception {
        Customer c = customerWith(700);
        String key = key("READ");
        Map<String, Object> last30 = ok(get("/dashboard", key), 200);
        assertTrue(num(last30.get("pointsIssued")) >= 700, "the new customer's bonus is in the last 30 days");
        assertTrue(num(last30.get("pointsOutstanding")) >= 700);
        assertTrue(num(last30.get("members")) >= 1);
        MockHttpServletRequest january = call("GET", "/dashboard", key);
        january.addParameter("from", "2020-01-01");
        january.addParameter("to", "2020-01-31");
        Map<String, Object> old = ok(send(january), 200);
        assertEquals("2020-01-01", old.get("from"));
        assertEquals("2020-01-31", old.get("to"));
        assertEquals(0, num(old.get("pointsIssued")), "nothing issued in 2020");
        String[][] bad = {{"2020-02-01", "2020-01-01", "to"}, {"2020-13-01", "2020-12-31", "from"}, {"2020-01-01", "", "to"},
            {"yesterday", "2020-01-01", "from"}, {"1990-01-01", "2020-01-01", "to"}};
        for (String[] b : bad) {
            MockHttpServletRequest r = call("GET", "/dashboard", key);
            r.addParameter("from", b[0]);
            r.addParameter("to", b[1]);
            assertEquals(b[2], firstErrorField(problem(send(r), 400, ApiProblem.VALIDATION)), b[0] + ".." + b[1]);
        }
        assertTrue(c.getId() > 0);
    }

    @Test
    void aWrongMethodOrUnknownPathIsAProblemNotAnErrorPage() throws Exception {
        String key = key("WRITE");
        MockHttpServletResponse wrong = get("/customers/12/adjustments", key);
        problem(wrong, 405, ApiProblem.METHOD_NOT_ALLOWED);
        assertEquals("POST", wrong.getHeader("Allow"));
        problem(send(call("DELETE", "/customers/12", key)), 405, ApiProblem.METHOD_NOT_ALLOWED);
        problem(get("/no-such-thing", key), 404, ApiProblem.NOT_FOUND);
    }
}
