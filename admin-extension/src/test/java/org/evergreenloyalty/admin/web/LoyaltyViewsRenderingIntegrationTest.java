package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.points.ExpiryMode;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsMaturationService;
import org.evergreenloyalty.points.PointsReversalService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.TierService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thymeleaf.dialect.IDialect;

/**
 * The Loyalty views rendered from what the real controllers put in the model, with Broadleaf's own dialect
 * (its {@code blc:form} adds the CSRF token) and the admin's merged messages: texts from the bundle, problems
 * next to their fields, everything a customer or admin typed escaped.
 */
@Tag("broadleaf")
class LoyaltyViewsRenderingIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;
    private static PointsSettings savedSettings;

    private MockMvc mvc;
    private AdminViewRenderer renderer;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
        PointsSettingsService settings = ctx.getBean("evgPointsSettingsService", PointsSettingsService.class);
        savedSettings = settings.current();
        PointsSettings s = settings.current();
        s.setPointsPerCurrencyUnit(BigDecimal.ONE);
        s.setPendingDays(30);
        s.setExpiryMode(ExpiryMode.FIXED_AGE);
        s.setExpiryDays(365);
        s.setReminderDaysBefore(30);
        settings.save(s);
    }

    @AfterAll
    static void restoreSettings() {
        ctx.getBean("evgPointsSettingsService", PointsSettingsService.class).save(savedSettings);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        renderer = new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class));
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private String html(MvcResult r) {
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
        int end = html.indexOf("</form>", form);
        String body = html.substring(form, end);
        assertTrue(body.matches("(?s).*<input type=\"hidden\" name=\"csrfToken\" value=\"[^\"]+\"\\s*/?>.*"),
                formId + " must carry Broadleaf's CSRF token: " + body);
        assertFalse(html.contains("<blc:form"), "blc:form is turned into a plain form");
    }

    @Test
    void theSearchPageShowsTheHintThenEscapedResults() throws Exception {
        String hint = html(mvc.perform(get("/loyalty/customers")).andReturn());
        assertEquals("Enter part of an e-mail address or a name (or an order number) to find a customer.", textOf(hint, "evg-search-hint"));
        assertFalse(hint.contains("evg-search-results"));

        long n = LoyaltyAdminFixtures.unique();
        fixtures.customer("<script>alert(1)</script>", "Mallory" + n, "mallory-" + n + "@example.com");
        String found = html(mvc.perform(get("/loyalty/customers").param("q", "mallory" + n)).andReturn());
        assertTrue(found.contains("&lt;script&gt;alert(1)&lt;/script&gt; Mallory" + n), found);
        assertFalse(found.contains("<script>alert(1)"));
        assertTrue(found.contains("href=\"/loyalty/customers/"), "links to the customer's page");

        String none = html(mvc.perform(get("/loyalty/customers").param("q", "<b>nobody" + n + "</b>")).andReturn());
        assertEquals("No customer matches &quot;&lt;b&gt;nobody" + n + "&lt;/b&gt;&quot;.", textOf(none, "evg-search-none"));
    }

    @Test
    void theCustomerPageShowsBalancesTierHistoryAndTheFormsWithTheirToken() throws Exception {
        long n = LoyaltyAdminFixtures.unique();
        Customer c = fixtures.customer("Ann", "<i>Italic</i>", "ann-" + n + "@example.com");
        CompletedOrder order = fixtures.order(c, new Object[] {"Lamp <b>", 1, "30.00"});
        ctx.getBean("evgPointsAccountService", PointsAccountService.class).adjust(c.getId(), 12, "<img src=x onerror=alert(1)>", "evg-master");

        String html = html(mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn());

        assertEquals("12", textOf(html, "evg-balance-available"));
        assertEquals("30", textOf(html, "evg-balance-pending"));
        assertTrue(html.contains(">Ann &lt;i&gt;Italic&lt;/i&gt;<"), "names are escaped");
        assertFalse(html.contains("<i>Italic"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "reasons are escaped");
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains(">Adjustment<"), "entry type from the bundle");
        assertTrue(html.contains(">evg-master<"), "the actor is shown");
        assertTrue(html.contains("data-order-id=\"" + order.getOrderId() + "\""));
        assertTrue(html.contains("Make points available now"));
        assertTrue(html.contains("/loyalty/customers/" + c.getId() + "/orders/" + order.getOrderId() + "/return"));
        assertFalse(html.contains("evg-negative-balance"));
        assertCsrfTokenIn(html, "evg-adjust-form");
        assertTrue(html.matches("(?s).*<input type=\"hidden\" name=\"requestKey\" value=\"[A-Za-z0-9-]{36}\"\\s*/?>.*"),
                "the adjustment form carries its request key");
        assertTrue(html.contains("<form method=\"post\" class=\"evg-inline-form evg-mature-form\""), html);
    }

    @Test
    void aNegativeBalanceIsFlagged() throws Exception {
        Customer c = fixtures.customer();
        CompletedOrder order = fixtures.order(c, new Object[] {"Lamp", 1, "30.00"});
        ctx.getBean("evgPointsMaturationService", PointsMaturationService.class).mature(order.getOrderId());
        ctx.getBean("evgPointsAccountService", PointsAccountService.class).adjust(c.getId(), -30, "Spent elsewhere", "evg-master");
        PointsReversalService reversals = ctx.getBean("evgPointsReversalService", PointsReversalService.class);
        Map<Long, Integer> all = new HashMap<Long, Integer>();
        all.put(reversals.lines(order.getOrderId()).get(0).getOrderItemId(), 1);
        reversals.returnItems(order.getOrderId(), "k-" + LoyaltyAdminFixtures.unique(), all);

        String html = html(mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn());

        assertEquals("-30", textOf(html, "evg-balance-available"));
        assertEquals("Negative balance", textOf(html, "evg-negative-balance"));
        assertTrue(html.contains("class=\"evg-negative\""));
    }

    @Test
    void theTierPartSaysWhetherTiersExistAndWhenAReachedTierIsAssigned() throws Exception {
        TierService tiers = ctx.getBean("evgTierService", TierService.class);
        List<LoyaltyTier> saved = new ArrayList<LoyaltyTier>();
        for (LoyaltyTier t : tiers.tiers()) {
            saved.add(new LoyaltyTier(t.getName(), t.getThreshold(), t.getMultiplier(), t.getBenefit()));
        }
        try {
            tiers.saveTiers(new ArrayList<LoyaltyTier>());
            Customer c = fixtures.customer();
            fixtures.order(c, new Object[] {"Lamp", 1, "30.00"});
            String none = html(mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn());
            assertEquals("No tiers are defined (Loyalty &gt; Settings).", textOf(none, "evg-tier-undefined"));
            assertFalse(none.contains("evg-tier-top"), "no tiers is not the highest tier");

            tiers.saveTiers(Arrays.asList(new LoyaltyTier("Silver", 10, new BigDecimal("1.5"), null),
                    new LoyaltyTier("Gold", 100, new BigDecimal("2"), null)));
            String due = html(mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn());
            assertEquals("Threshold of Silver reached: the tier is assigned with the next order or bonus, or by the nightly tier review.",
                    textOf(due, "evg-tier-due"));

            tiers.evaluate(c.getId(), false);
            String silver = html(mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn());
            assertEquals("Silver", textOf(silver, "evg-tier-current"));
            assertEquals("Gold", textOf(silver, "evg-tier-next"));
            assertEquals("22% of the way: 70 more to Gold", textOf(silver, "evg-tier-remaining"));
            assertTrue(silver.contains("(earns x1.5)"));
        } finally {
            tiers.saveTiers(saved);
        }
    }

    @Test
    void adjustmentProblemsAreShownNextToTheirFieldsWithTheInputEscaped() throws Exception {
        Customer c = fixtures.customer();
        String html = html(mvc.perform(post("/loyalty/customers/" + c.getId() + "/adjust")
                .param("points", "<b>12</b>").param("reason", "")).andReturn());
        assertEquals("Enter a whole number, e.g. 50.", textOf(html, "evg-error-points"));
        assertEquals("Enter the reason for this adjustment.", textOf(html, "evg-error-reason"));
        assertTrue(html.contains("value=\"&lt;b&gt;12&lt;/b&gt;\""), "the input is shown again, escaped");
        assertTrue(html.contains("evg-invalid"));
    }

    @Test
    void theReturnFormListsLinesWithTheirProblemsAndToken() throws Exception {
        Customer c = fixtures.customer();
        CompletedOrder order = fixtures.order(c, new Object[] {"Can <x>", 2, "40.00"});
        long itemId = ctx.getBean("evgPointsReversalService", PointsReversalService.class).lines(order.getOrderId()).get(0).getOrderItemId();
        String url = "/loyalty/customers/" + c.getId() + "/orders/" + order.getOrderId() + "/return";

        String form = html(mvc.perform(get(url)).andReturn());
        assertTrue(form.contains("Can &lt;x&gt;"));
        assertTrue(form.contains("name=\"quantities[" + itemId + "]\""));
        assertTrue(form.matches("(?s).*name=\"returnKey\" id=\"evg-return-key\" value=\"[0-9a-f-]{36}\".*"), "a fresh key per form");
        assertCsrfTokenIn(form, "evg-return-form");

        String refused = html(mvc.perform(post(url).param("returnKey", "k-" + LoyaltyAdminFixtures.unique())
                .param("quantities[" + itemId + "]", "3")).andReturn());
        assertEquals("At most 2 units are left to return.", textOf(refused, "evg-error-qty-" + itemId));
        assertTrue(refused.contains("value=\"3\""));
    }

    @Test
    void theSettingsPageShowsProblemsNextToTheirFields() throws Exception {
        String page = html(mvc.perform(get("/loyalty/settings")).andReturn());
        assertCsrfTokenIn(page, "evg-points-form");
        assertCsrfTokenIn(page, "evg-tiers-form");
        assertTrue(page.contains("id=\"evg-field-pendingDays\""));
        assertTrue(page.contains("<option value=\"INACTIVITY\">After a number of days without activity</option>")
                || page.contains("<option value=\"INACTIVITY\" selected=\"selected\">After a number of days without activity</option>"), page);
        assertTrue(page.contains("id=\"evergreen-module-version\""), "the infrastructure part stays");
        assertTrue(page.matches("(?s).*<form[^>]*action=\"[^\"]*/loyalty/settings/jobs/heartbeat/run\".*"),
                "each job has a run-now form");
        int runForm = page.indexOf("/loyalty/settings/jobs/heartbeat/run");
        assertTrue(page.substring(runForm, page.indexOf("</form>", runForm)).contains("name=\"csrfToken\""),
                "the run-now form carries the CSRF token");

        String refused = html(mvc.perform(post("/loyalty/settings/points").param("pendingDays", "<i>x</i>")
                .param("pointsPerCurrencyUnit", "1").param("expiryMode", "NONE").param("tierBasis", "POINTS_LIFETIME")).andReturn());
        assertEquals("Enter a whole number, e.g. 50.", textOf(refused, "evg-error-pendingDays"));
        assertEquals("Enter a value.", textOf(refused, "evg-error-redeemStep"));
        assertEquals("Nothing was saved. Please correct the fields marked below.", textOf(refused, "evg-error-points-form"));
        assertTrue(refused.contains("value=\"&lt;i&gt;x&lt;/i&gt;\""));

        String tiers = html(mvc.perform(post("/loyalty/settings/tiers").param("tiers[0].id", "").param("tiers[0].name", "Bronze")
                .param("tiers[0].threshold", "10").param("tiers[0].multiplier", "11")).andReturn());
        assertEquals("Tier 1 needs a multiplier between 1 and 10.", textOf(tiers, "evg-error-tiers-0-multiplier"));
        assertEquals("Nothing was saved. Please correct the fields marked below.", textOf(tiers, "evg-error-tiers-summary"));
    }
}
