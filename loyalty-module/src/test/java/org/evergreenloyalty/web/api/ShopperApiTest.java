package org.evergreenloyalty.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.api.ApiInput;
import org.evergreenloyalty.api.ApiProblem;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The shopper API on the real store through a real DispatcherServlet: each endpoint's answer for the signed-in
 * customer, 401 for anonymous callers, and bad input refused with a problem that names the fault while nothing
 * changes.
 */
@BroadleafIntegrationTest
class ShopperApiTest extends ApiTestBase {

    @Test
    void meShowsBalancesAndExpiringSoon() throws Exception {
        Customer c = customerWith(1200);
        Map<String, Object> me = ok(get("/me", c, null), 200);
        assertEquals(c.getId().longValue(), num(me.get("customerId")));
        assertEquals(1200, num(me.get("available")));
        assertEquals(0, num(me.get("pending")));
        assertEquals(1200, num(me.get("spendable")));
        assertEquals(1200, num(me.get("lifetimeEarned")));
        @SuppressWarnings("unchecked")
        Map<String, Object> soon = (Map<String, Object>) me.get("expiringSoon");
        assertNotNull(soon);
        assertTrue(num(soon.get("windowDays")) > 0);
        assertNull(me.get("tier"), "no tiers in this store");
    }

    @Test
    void anonymousCallersGet401ProblemsEverywhere() throws Exception {
        Customer owner = customerWith(1000);
        Order cart = cartWith(owner, "40.00");
        BigDecimal before = total(cart);
        for (String path : new String[] {"/me", "/me/history", "/me/redemption", "/me/referral"}) {
            Map<String, Object> p = problem(get(path, null, cart), 401, ApiProblem.UNAUTHENTICATED);
            assertEquals("Please sign in to the store to use your rewards.", p.get("detail"));
        }
        problem(send(write("POST", "/me/redemption", null, cart, "{\"points\":300}")), 401, ApiProblem.UNAUTHENTICATED);
        problem(send(write("DELETE", "/me/redemption", null, cart, null)), 401, ApiProblem.UNAUTHENTICATED);
        assertNull(redemption.quote(owner.getId(), cart.getId()).getApplied(), "nothing applied to the session's cart");
        assertEquals(0, before.compareTo(total(cart)));

        MockHttpServletRequest german = request("GET", "/me", null, null);
        german.addPreferredLocale(Locale.GERMAN);
        assertEquals("Bitte melden Sie sich im Shop an, um Ihre Pr\u00e4mien zu nutzen.",
                problem(send(german), 401, ApiProblem.UNAUTHENTICATED).get("detail"));
    }

    @Test
    void historyPagesAndRefusesBadPages() throws Exception {
        Customer c = customerWith(0);
        for (int i = 1; i <= 23; i++) {
            accounts.grantBonus(c.getId(), i, TestIds.unique("api-history"), "bonus " + i, "test", null);
        }
        Map<String, Object> first = ok(get("/me/history", c, null), 200);
        assertEquals(1, num(first.get("page")));
        assertEquals(2, num(first.get("pages")));
        assertEquals(23, num(first.get("total")));
        List<?> items = (List<?>) first.get("items");
        assertEquals(20, items.size());
        @SuppressWarnings("unchecked")
        Map<String, Object> newest = (Map<String, Object>) items.get(0);
        assertEquals("BONUS", newest.get("type"));
        assertEquals(23, num(newest.get("points")));
        assertEquals(276, num(newest.get("balanceAfter")), "1 + 2 + ... + 23");
        assertTrue(((String) newest.get("date")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));

        MockHttpServletRequest second = request("GET", "/me/history", c, null);
        second.addParameter("page", "2");
        assertEquals(3, ((List<?>) ok(send(second), 200).get("items")).size());
        MockHttpServletRequest past = request("GET", "/me/history", c, null);
        past.addParameter("page", "9");
        assertTrue(((List<?>) ok(send(past), 200).get("items")).isEmpty(), "a page past the end is empty");

        for (String bad : new String[] {"-1", "0", "abc", "1.5", "99999999999"}) {
            MockHttpServletRequest r = request("GET", "/me/history", c, null);
            r.addParameter("page", bad);
            Map<String, Object> p = problem(send(r), 400, ApiProblem.VALIDATION);
            @SuppressWarnings("unchecked")
            Map<String, Object> error = (Map<String, Object>) ((List<?>) p.get("errors")).get(0);
            assertEquals("page", error.get("field"), "page=" + bad);
        }
    }

    @Test
    void redemptionRoundTripChangesTheCartTotalByTheNativeOffer() throws Exception {
        Customer c = customerWith(1000);
        Order cart = cartWith(c, "40.00");
        BigDecimal before = total(cart);

        Map<String, Object> quote = ok(get("/me/redemption", c, cart), 200);
        assertEquals(cart.getId().longValue(), num(quote.get("cartId")));
        assertEquals(1000, num(quote.get("maximum")), "min(1000 points, 50% of 40.00)");
        assertEquals(100, num(quote.get("step")));
        assertEquals(Boolean.TRUE, quote.get("redeemable"));
        assertNull(quote.get("applied"));

        Map<String, Object> applied = ok(send(write("POST", "/me/redemption", c, cart, "{\"points\":500}")), 200);
        @SuppressWarnings("unchecked")
        Map<String, Object> a = (Map<String, Object>) applied.get("applied");
        assertEquals(500, num(a.get("points")));
        assertEquals(0, new BigDecimal("5.00").compareTo(new BigDecimal(a.get("amount").toString())));
        assertNotNull(a.get("offerCode"));
        assertEquals(0, before.subtract(new BigDecimal("5.00")).compareTo(total(cart)), "the cart total dropped by 5.00");
        assertTrue(store.orders().findOrderById(cart.getId()).getAddedOfferCodes().stream()
                .anyMatch(code -> code.getOfferCode().equals(a.get("offerCode"))), "a Broadleaf offer code on the cart");
        assertEquals(500, num(ok(get("/me", c, cart), 200).get("spendable")), "the points are held");

        Map<String, Object> released = ok(send(write("DELETE", "/me/redemption", c, cart, null)), 200);
        assertNull(released.get("applied"));
        assertEquals(0, before.compareTo(total(cart)), "the total is back");
        assertNull(redemption.quote(c.getId(), cart.getId()).getApplied());
        assertEquals(1000, ledger.balance(c.getId()).getAvailable());

        problem(send(write("DELETE", "/me/redemption", c, cart, null)), 404, "evergreen.redeem.error.nothingToRemove");
    }

    @Test
    void badRedemptionInputIsRefusedAndChangesNothing() throws Exception {
        Customer c = customerWith(1000);
        Order cart = cartWith(c, "40.00");
        BigDecimal before = total(cart);
        String[][] fieldCases = {
            {"{}", ApiInput.REQUIRED},
            {"{\"points\":null}", ApiInput.REQUIRED},
            {"{\"points\":\"500\"}", ApiInput.INTEGER},
            {"{\"points\":\"abc\"}", ApiInput.INTEGER},
            {"{\"points\":1.5}", ApiInput.INTEGER},
            {"{\"points\":true}", ApiInput.INTEGER},
            {"{\"points\":[500]}", ApiInput.INTEGER},
            {"{\"points\":99999999999999999999999}", ApiInput.INTEGER},
            {"{\"points\":-100}", "evergreen.redeem.error.negative"},
            {"{\"points\":0}", "evergreen.redeem.error.negative"},
            {"{\"points\":150}", "evergreen.redeem.error.step"},
            {"{\"points\":1100}", "evergreen.redeem.error.overBalance"},
        };
        for (String[] bad : fieldCases) {
            Map<String, Object> p = problem(send(write("POST", "/me/redemption", c, cart, bad[0])), 400, ApiProblem.VALIDATION);
            @SuppressWarnings("unchecked")
            Map<String, Object> error = (Map<String, Object>) ((List<?>) p.get("errors")).get(0);
            assertEquals("points", error.get("field"), bad[0]);
            assertEquals(bad[1], error.get("code"), bad[0]);
            assertFalse(((String) error.get("message")).isEmpty());
        }
        for (String notAnObject : new String[] {"", "not json", "[1,2]", "500", "{\"points\":", "null"}) {
            problem(send(write("POST", "/me/redemption", c, cart, notAnObject)), 400, ApiProblem.MALFORMED);
        }
        MockHttpServletRequest form = write("POST", "/me/redemption", c, cart, "points=500");
        form.setContentType("application/x-www-form-urlencoded");
        problem(send(form), 415, ApiProblem.UNSUPPORTED_MEDIA_TYPE);

        assertNull(redemption.quote(c.getId(), cart.getId()).getApplied(), "nothing reserved");
        assertEquals(0, before.compareTo(total(cart)), "no discount");
        assertEquals(1000, ledger.balance(c.getId()).getAvailable());
        assertEquals("Points are used in steps of 100: choose a multiple of 100.",
                ((Map<?, ?>) ((List<?>) problem(send(write("POST", "/me/redemption", c, cart, "{\"points\":150}")), 400,
                        ApiProblem.VALIDATION).get("errors")).get(0)).get("message"));
    }

    @Test
    void stateChangesWithoutTheCsrfRulesAreRefused() throws Exception {
        Customer c = customerWith(1000);
        Order cart = cartWith(c, "40.00");
        MockHttpServletRequest noHeader = request("POST", "/me/redemption", c, cart);
        noHeader.setContentType("application/json");
        noHeader.setContent("{\"points\":500}".getBytes("UTF-8"));
        problem(send(noHeader), 403, ApiProblem.CSRF);

        MockHttpServletRequest foreign = write("POST", "/me/redemption", c, cart, "{\"points\":500}");
        foreign.addHeader("Origin", "https://evil.example.net");
        problem(send(foreign), 403, ApiProblem.CSRF);

        assertNull(redemption.quote(c.getId(), cart.getId()).getApplied(), "nothing reserved");

        MockHttpServletRequest own = write("POST", "/me/redemption", c, cart, "{\"points\":500}");
        own.addHeader("Origin", "http://shop.example.com");
        ok(send(own), 200);
        MockHttpServletRequest deleteWithout = request("DELETE", "/me/redemption", c, cart);
        problem(send(deleteWithout), 403, ApiProblem.CSRF);
        assertEquals(500, redemption.quote(c.getId(), cart.getId()).getApplied().getPoints(), "still applied");
    }

    @Test
    void anotherCustomersDataIsOutOfReach() throws Exception {
        Customer me = customerWith(1000);
        Order mine = cartWith(me, "40.00");
        Customer other = customerWith(700);
        Order theirs = cartWith(other, "40.00");
        BigDecimal theirTotal = total(theirs);

        // ids in the request are ignored: the session decides
        MockHttpServletRequest r = request("GET", "/me", me, null);
        r.addParameter("customerId", String.valueOf(other.getId()));
        assertEquals(1000, num(ok(send(r), 200).get("available")));
        MockHttpServletRequest apply = write("POST", "/me/redemption", me, mine,
                "{\"points\":300,\"cartId\":" + theirs.getId() + ",\"customerId\":" + other.getId() + "}");
        ok(send(apply), 200);
        assertEquals(300, redemption.quote(me.getId(), mine.getId()).getApplied().getPoints());
        assertNull(redemption.quote(other.getId(), theirs.getId()).getApplied());

        // a session holding someone else's cart
        problem(send(write("POST", "/me/redemption", me, theirs, "{\"points\":300}")), 403, "evergreen.redeem.error.notYourCart");
        assertNull(redemption.quote(other.getId(), theirs.getId()).getApplied());
        assertEquals(0, theirTotal.compareTo(total(theirs)));
        assertEquals(700, ledger.balance(other.getId()).getAvailable());
    }

    @Test
    void withoutACartRedemptionIsAConflict() throws Exception {
        Customer c = customerWith(1000);
        problem(get("/me/redemption", c, null), 409, ApiProblem.NO_CART);
        problem(send(write("POST", "/me/redemption", c, null, "{\"points\":300}")), 409, ApiProblem.NO_CART);
        problem(send(write("DELETE", "/me/redemption", c, null, null)), 409, ApiProblem.NO_CART);
        assertEquals(1000, ledger.balance(c.getId()).getAvailable());
    }

    @Test
    void referralShowsCodeLinkAndNumbers() throws Exception {
        Customer c = customerWith(0);
        Map<String, Object> ref = ok(get("/me/referral", c, null), 200);
        String code = (String) ref.get("code");
        assertNotNull(code);
        assertTrue(((String) ref.get("link")).contains(code), "the link carries the code");
        @SuppressWarnings("unchecked")
        Map<String, Object> stats = (Map<String, Object>) ref.get("stats");
        assertEquals(0, num(stats.get("invited")));
        assertEquals(0, num(stats.get("rewarded")));
        assertEquals(code, ok(get("/me/referral", c, null), 200).get("code"), "the same code on every call");
    }

    @Test
    void unknownPathsAndMethodsAreProblemsNotPages() throws Exception {
        Customer c = customerWith(0);
        problem(get("/nope", c, null), 404, ApiProblem.NOT_FOUND);
        problem(get("/me/points/7", c, null), 404, ApiProblem.NOT_FOUND);
        MockHttpServletResponse put = send(write("PUT", "/me", c, null, "{}"));
        problem(put, 405, ApiProblem.METHOD_NOT_ALLOWED);
        assertEquals("GET", put.getHeader("Allow"));
        MockHttpServletResponse getReviews = get("/reviews", c, null);
        problem(getReviews, 405, ApiProblem.METHOD_NOT_ALLOWED);
        assertEquals("POST", getReviews.getHeader("Allow"));
    }
}
