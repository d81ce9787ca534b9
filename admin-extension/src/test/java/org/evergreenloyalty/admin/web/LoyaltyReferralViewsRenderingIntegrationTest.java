package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.admin.test.ReferralAdminFixtures;
import org.evergreenloyalty.referral.Referral;
import org.evergreenloyalty.referral.ReferralSettings;
import org.evergreenloyalty.referral.ReferralSettingsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.dialect.IDialect;

/**
 * The Loyalty &gt; Referrals views rendered from what the real controllers put in the model, with Broadleaf's
 * dialect (its {@code blc:form} adds the CSRF token) and the admin's merged messages: labels from the bundle,
 * problems next to their fields, and everything customers or admins typed escaped.
 */
@Tag("broadleaf")
class LoyaltyReferralViewsRenderingIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;
    private static ReferralAdminFixtures referrals;

    private MockMvc mvc;
    private AdminViewRenderer renderer;
    private ReferralSettingsService settings;
    private ReferralSettings before;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
        referrals = new ReferralAdminFixtures(ctx, fixtures);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        renderer = new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class));
        settings = ctx.getBean("evgReferralSettingsService", ReferralSettingsService.class);
        before = settings.current();
        ReferralSettings rules = before.copy();
        rules.setRuleSameDevice(true);
        rules.setAdvocateWeeklyLimit(0);
        rules.setIpDailyLimit(0);
        settings.save(rules);
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void restore() {
        fixtures.signOut();
        settings.save(before);
    }

    /**
     * The HTML of the result's view. Rendered on a fresh request each time: Thymeleaf's web context keeps its
     * variables as request attributes, so a reused request would carry one page's model into the next.
     */
    private String html(MvcResult r) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        Map<String, Object> model = new HashMap<String, Object>(r.getModelAndView().getModel());
        return renderer.render((String) model.get("viewType"), model);
    }

    /** The text content of the element with {@code id} (first level only). */
    private static String textOf(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1).trim() : null;
    }

    private static void assertCsrfTokenIn(String html, String formId) {
        int form = html.indexOf("id=\"" + formId + "\"");
        assertTrue(form >= 0, formId + " missing");
        String body = html.substring(form, html.indexOf("</form>", form));
        assertTrue(body.matches("(?s).*<input type=\"hidden\" name=\"csrfToken\" value=\"[^\"]+\"\\s*/?>.*"),
                formId + " must carry Broadleaf's CSRF token: " + body);
        assertFalse(html.contains("<blc:form"), "blc:form is turned into a plain form");
    }

    @Test
    void theListShowsCountsRowsAndTopAdvocatesWithNamesEscaped() throws Exception {
        long n = LoyaltyAdminFixtures.unique();
        Customer advocate = fixtures.customer("<b>Ada</b>", "Advocate" + n, "ada-" + n + "@example.com");
        Customer friend = fixtures.customer("<script>alert(1)</script>", "Friend" + n, "friend-" + n + "@example.com");
        Referral r = referrals.referFriend(advocate, friend, true);

        String html = html(mvc.perform(get("/loyalty/referrals").param("status", "FLAGGED")).andReturn());

        assertTrue(html.contains("data-referral-id=\"" + r.getId() + "\""), "the referral is listed");
        assertTrue(html.contains("data-status=\"FLAGGED\""));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Friend" + n), "the friend's name is escaped");
        assertTrue(html.contains("&lt;b&gt;Ada&lt;/b&gt; Advocate" + n), "the advocate's name is escaped");
        assertFalse(html.contains("<script>alert(1)"));
        assertFalse(html.contains("<b>Ada</b>"));
        assertTrue(html.contains("href=\"/loyalty/referrals/" + r.getId() + "\""), "links to the referral's page");
        assertTrue(html.contains("href=\"/loyalty/customers/" + friend.getId() + "\""), "links to the friend's loyalty page");
        assertTrue(html.contains(">Flagged<"), "the status label comes from the bundle");
        assertTrue(html.contains("Same IP address and browser"), "the reason of the status");
        assertTrue(html.matches("(?s).*id=\"evg-count-FLAGGED\"[^>]*>Flagged \\(\\d+\\)<.*"), "the count per status");
        assertTrue(html.contains("id=\"evg-top-advocates\""), "the top advocates of the period");
        assertTrue(html.contains("<option selected=\"selected\" value=\"FLAGGED\">Flagged</option>"), "the filter shows its status: " + html);
        assertTrue(html.contains("href=\"/loyalty/referrals/settings\""), "the settings page is linked");

        String refused = html(mvc.perform(get("/loyalty/referrals").param("from", "<i>soon</i>")).andReturn());
        assertEquals("Enter a date as yyyy-mm-dd, e.g. 2024-03-31.", textOf(refused, "evg-error-from"));
        assertTrue(refused.contains("value=\"&lt;i&gt;soon&lt;/i&gt;\""), "the input is shown again, escaped");
        assertFalse(refused.contains("id=\"evg-referrals\""), "no list");
    }

    @Test
    void theReferralPageShowsItsDecisionsEscapedAndTheFormsWithTheirToken() throws Exception {
        Customer advocate = referrals.advocate();
        Customer friend = fixtures.customer();
        Referral r = referrals.referFriend(advocate, friend, true);
        mvc.perform(post("/loyalty/referrals/" + r.getId() + "/approve").param("reason", "<img src=x onerror=alert(1)>")).andReturn();
        referrals.firstOrder(friend, "42.00");

        String html = html(mvc.perform(get("/loyalty/referrals/" + r.getId())).andReturn());

        assertEquals("Qualified", textOf(html, "evg-referral-status"), "approved, then the first order");
        assertTrue(html.contains("First order RF-"), "the reason of the status: " + html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the admin's reason is escaped");
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains(">evg-master<"), "the admin is shown as the actor");
        assertTrue(html.contains(">Flagged to Pending<"), "the change is named");
        assertTrue(html.contains(">Pending to Qualified<"));
        assertTrue(html.startsWith("<div class=\"evergreen-loyalty\" id=\"evergreen-loyalty-referral\""));
        assertTrue(textOf(html, "evg-referral-order").startsWith("RF-"), "the first order");
        assertFalse(html.contains("id=\"evg-approve-form\""), "only flagged referrals can be approved");
        assertCsrfTokenIn(html, "evg-reject-form");
        assertCsrfTokenIn(html, "evg-returned-form");

        String refused = html(mvc.perform(post("/loyalty/referrals/" + r.getId() + "/reject").param("reason", " ")).andReturn());
        assertEquals("Enter the reason for this decision.", textOf(refused, "evg-error-reject-reason"));
        assertFalse(refused.contains("id=\"evg-error-returned-reason\""), "only the submitted form shows the problem");

        Referral flagged = referrals.referFriend(advocate, fixtures.customer(), true);
        String approvable = html(mvc.perform(get("/loyalty/referrals/" + flagged.getId())).andReturn());
        assertCsrfTokenIn(approvable, "evg-approve-form");
        assertFalse(approvable.contains("id=\"evg-returned-form\""), "no first order to return yet");
        assertEquals("Flagged", textOf(approvable, "evg-referral-status"));
    }

    @Test
    void theSettingsPageShowsEveryFieldAndProblemsNextToTheirFields() throws Exception {
        String page = html(mvc.perform(get("/loyalty/referrals/settings")).andReturn());
        assertCsrfTokenIn(page, "evg-referral-settings-form");
        for (String field : new String[] {"approvalDays", "friendDiscountValue", "advocatePoints", "monthlyCap", "plusTagDomains",
            "sameDeviceWindowHours", "advocateWeeklyLimit", "ipDailyLimit", "wrongCodeLimitPerIp", "inviteDailyLimit"}) {
            assertTrue(page.contains("id=\"evg-field-" + field + "\""), field);
        }
        for (String box : new String[] {"enabled", "ruleSameEmail", "ruleSameAddress", "ruleSameDevice", "ruleExistingCustomer",
            "mailFriendOrdered", "mailRewardGranted"}) {
            assertTrue(page.contains("name=\"_" + box + "\""), box + " has its unchecked marker");
        }
        assertTrue(page.contains(">Approval period after the friend&#39;s first order")
                || page.contains(">Approval period after the friend's first order"), "labels from the bundle");
        assertTrue(page.matches("(?s).*<option (selected=\"selected\" )?value=\"POINTS\">Loyalty points</option>.*"), page);

        String refused = html(mvc.perform(post("/loyalty/referrals/settings").param("approvalDays", "<b>x</b>")
                .param("friendDiscountKind", "PERCENT").param("friendDiscountValue", "10")).andReturn());
        assertEquals("Enter a whole number, e.g. 50.", textOf(refused, "evg-error-approvalDays"));
        assertEquals("Enter a value.", textOf(refused, "evg-error-cookieDays"));
        assertEquals("Nothing was saved. Please correct the fields marked below.", textOf(refused, "evg-error-referral-settings-form"));
        assertTrue(refused.contains("value=\"&lt;b&gt;x&lt;/b&gt;\""), "the input is shown again, escaped");
        assertFalse(refused.contains("id=\"evg-error-friendDiscountValue\""), "a good field has no problem");
    }
}
