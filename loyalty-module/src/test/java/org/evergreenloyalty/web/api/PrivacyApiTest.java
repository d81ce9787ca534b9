package org.evergreenloyalty.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.sql.DataSource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.api.ApiProblem;
import org.evergreenloyalty.points.PointsVoucher;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@code GET me/rewards} and {@code GET me/export} of the shopper API, and the storefront's
 * {@code /account/loyalty/export} download, through the real DispatcherServlet: the signed-in customer's own
 * rewards and data only, anonymous callers refused (401 problem for the API, the login page for the download).
 */
@BroadleafIntegrationTest
class PrivacyApiTest extends ApiTestBase {

    private static final Timestamp FAR_FUTURE = Timestamp.valueOf("2099-12-31 00:00:00");
    private static final Timestamp LONG_AGO = Timestamp.valueOf("2001-01-31 00:00:00");

    @Resource(name = "testDS")
    DataSource ds;

    private final List<String> cleanup = new ArrayList<String>();

    @AfterEach
    void removeRows() throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            for (String sql : cleanup) {
                c.createStatement().executeUpdate(sql);
            }
        }
    }

    private void sql(String sql, Object... args) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            assertEquals(1, ps.executeUpdate());
        }
    }

    private static long unique() {
        return 7_500_000_000L + (System.nanoTime() % 1_000_000_000L);
    }

    private String birthdayCode(long customerId, int year, Timestamp validUntil) throws SQLException {
        long id = unique();
        String code = "BDAY-" + id;
        sql("insert into EVG_BIRTHDAY_REWARD (REWARD_ID, CUSTOMER_ID, REWARD_YEAR, BIRTHDAY_ON, ISSUED_ON, ISSUED_AT, OFFER_CODE,"
                + " DISCOUNT_KIND, DISCOUNT_VALUE, VALID_UNTIL, BONUS_POINTS, MAIL_STATUS, MAIL_ATTEMPTS)"
                + " values (?, ?, ?, '2026-03-14', '2026-03-07', ?, ?, 'PERCENT', 10, ?, 0, 'SENT', 0)",
                id, customerId, year, LONG_AGO, code, validUntil);
        cleanup.add("delete from EVG_BIRTHDAY_REWARD where REWARD_ID = " + id);
        return code;
    }

    private String welcomeCode(long friendId, long advocateId) throws SQLException {
        long id = unique();
        String code = "WELCOME-" + id;
        sql("insert into EVG_REFERRAL (REFERRAL_ID, ADVOCATE_ID, FRIEND_ID, CODE, SOURCE, STATUS, CREATED_AT, UPDATED_AT,"
                + " FRIEND_CODE, FRIEND_CODE_VALID_UNTIL, VERSION) values (?, ?, ?, 'K7M3QX9PAB', 'LINK', 'PENDING', ?, ?, ?, ?, 0)",
                id, advocateId, friendId, LONG_AGO, LONG_AGO, code, FAR_FUTURE);
        cleanup.add("delete from EVG_REFERRAL where REFERRAL_ID = " + id);
        return code;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> byCode(Map<String, Object> rewards, String code) {
        for (Object o : (List<?>) rewards.get("rewards")) {
            Map<String, Object> r = (Map<String, Object>) o;
            if (code.equals(r.get("code"))) {
                return r;
            }
        }
        throw new AssertionError(code + " not in " + rewards);
    }

    @Test
    void rewardsListTheCustomersOwnCodesWithValueExpiryAndStatus() throws Exception {
        Customer a = customerWith(1000);
        Customer b = customerWith(1000);
        PointsVoucher voucher = redemption.buyVoucher(a.getId(), 500);
        String birthday = birthdayCode(a.getId(), 2098, FAR_FUTURE);
        String oldBirthday = birthdayCode(a.getId(), 2001, LONG_AGO);
        String welcome = welcomeCode(a.getId(), b.getId());
        PointsVoucher othersVoucher = redemption.buyVoucher(b.getId(), 500);

        Map<String, Object> rewards = ok(get("/me/rewards", a, null), 200);

        assertEquals(4, ((List<?>) rewards.get("rewards")).size(), rewards.toString());
        assertEquals(3, num(rewards.get("active")));
        Map<String, Object> v = byCode(rewards, voucher.getCode());
        assertEquals("POINTS_VOUCHER", v.get("kind"));
        assertEquals("AMOUNT", v.get("valueKind"));
        assertEquals(0, voucher.getAmount().compareTo(new java.math.BigDecimal(v.get("value").toString())));
        assertEquals("ACTIVE", v.get("status"));
        assertTrue(((String) v.get("expiresAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        Map<String, Object> bd = byCode(rewards, birthday);
        assertEquals("BIRTHDAY_CODE", bd.get("kind"));
        assertEquals("PERCENT", bd.get("valueKind"));
        assertEquals("2099-12-31T00:00:00Z".substring(0, 4), ((String) bd.get("expiresAt")).substring(0, 4));
        assertEquals("ACTIVE", bd.get("status"));
        assertEquals("EXPIRED", byCode(rewards, oldBirthday).get("status"));
        Map<String, Object> w = byCode(rewards, welcome);
        assertEquals("REFERRAL_WELCOME", w.get("kind"));
        assertEquals("ACTIVE", w.get("status"));
        String body = get("/me/rewards", a, null).getContentAsString();
        assertFalse(body.contains(othersVoucher.getCode()), "another customer's voucher is never shown");

        Map<String, Object> others = ok(get("/me/rewards", b, null), 200);
        assertEquals(1, ((List<?>) others.get("rewards")).size(), "b sees only b's voucher: " + others);
        assertEquals(othersVoucher.getCode(), byCode(others, othersVoucher.getCode()).get("code"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void exportHoldsTheSignedInCustomersDataOnly() throws Exception {
        Customer a = customerWith(800);
        Customer b = customerWith(900);
        PointsVoucher othersVoucher = redemption.buyVoucher(b.getId(), 500);

        MockHttpServletResponse r = get("/me/export", a, null);
        Map<String, Object> doc = ok(r, 200);

        assertEquals("evergreen-loyalty-personal-data", doc.get("format"));
        assertEquals(1, num(doc.get("version")));
        assertEquals(a.getId().longValue(), num(doc.get("customerId")));
        Map<String, Object> sections = (Map<String, Object>) doc.get("sections");
        List<Map<String, Object>> account = (List<Map<String, Object>>) sections.get("account");
        assertEquals(1, account.size());
        assertEquals(800, num(account.get(0).get("available")));
        assertTrue(((List<?>) sections.get("vouchers")).isEmpty(), "b's voucher is not in a's export");
        assertFalse(r.getContentAsString().contains(othersVoucher.getCode()));
        for (Object row : (List<?>) sections.get("ledgerEntries")) {
            assertEquals(a.getId().longValue(), num(((Map<String, Object>) row).get("customerId")));
        }
    }

    @Test
    void anonymousCallersGet401Problems() throws Exception {
        for (String path : new String[] {"/me/rewards", "/me/export"}) {
            problem(get(path, null, null), 401, ApiProblem.UNAUTHENTICATED);
        }
    }

    @Test
    void theStorefrontDownloadIsAJsonAttachmentForTheSignedInCustomer() throws Exception {
        Customer a = customerWith(300);
        MockHttpServletRequest request = request("GET", "", a, null);
        request.setRequestURI("/account/loyalty/export");
        MockHttpServletResponse r = send(request);

        assertEquals(200, r.getStatus(), r.getContentAsString());
        assertTrue(r.getContentType().startsWith("application/json"), r.getContentType());
        assertEquals("attachment; filename=\"loyalty-data-" + a.getId() + ".json\"", r.getHeader("Content-Disposition"));
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) json.parse(r.getContentAsString());
        assertEquals(a.getId().longValue(), num(doc.get("customerId")));
        assertEquals(1, num(doc.get("version")));
    }

    @Test
    void anonymousVisitorsOfTheDownloadGoToTheLoginPage() throws Exception {
        MockHttpServletRequest request = request("GET", "", null, null);
        request.setRequestURI("/account/loyalty/export");
        MockHttpServletResponse r = send(request);

        assertEquals(302, r.getStatus());
        assertEquals("/login", r.getRedirectedUrl());
        assertEquals("", r.getContentAsString(), "no data");
    }
}
