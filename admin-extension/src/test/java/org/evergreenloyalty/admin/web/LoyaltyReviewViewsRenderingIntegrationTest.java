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

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.admin.test.ReviewFixtures;
import org.evergreenloyalty.review.ModerationMode;
import org.evergreenloyalty.review.ReviewAdminService;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.review.ReviewSettingsService;
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
 * The Loyalty &gt; Reviews views rendered from what the real controllers put in the model, with Broadleaf's own
 * dialect (its {@code blc:form} adds the CSRF token) and the admin's merged messages: everything a shopper wrote
 * (title, text, display name, name) and everything an admin typed (reasons, dates) is escaped, script tags
 * included; problems are shown next to their fields.
 */
@Tag("broadleaf")
class LoyaltyReviewViewsRenderingIntegrationTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;
    private static ReviewFixtures reviewData;

    private MockMvc mvc;
    private AdminViewRenderer renderer;
    private ReviewSettingsService settings;
    private ReviewSettings before;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
        reviewData = new ReviewFixtures(ctx);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        renderer = new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class));
        settings = ctx.getBean("evgReviewSettingsService", ReviewSettingsService.class);
        before = settings.current();
        ReviewSettings s = settings.current();
        s.setModeration(ModerationMode.MODERATE_ALL);
        s.setRewardPoints(50);
        settings.save(s);
        reviewData.clearQueue();
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void restore() {
        fixtures.signOut();
        settings.save(before);
    }

    private String html(MvcResult r) {
        Map<String, Object> model = new HashMap<String, Object>(r.getModelAndView().getModel());
        // a fresh request per page: Thymeleaf keeps a page's variables as attributes of the request it renders on
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        return renderer.render((String) model.get("viewType"), model);
    }

    /** The text content of the element with {@code id} (first level only). */
    private static String textOf(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1).trim() : null;
    }

    private static void assertCsrfTokenIn(String html, String formMarker) {
        int form = html.indexOf(formMarker);
        assertTrue(form >= 0, formMarker + " missing");
        int end = html.indexOf("</form>", form);
        String body = html.substring(form, end);
        assertTrue(body.matches("(?s).*<input type=\"hidden\" name=\"csrfToken\" value=\"[^\"]+\"\\s*/?>.*"),
                formMarker + " must carry Broadleaf's CSRF token: " + body);
        assertFalse(html.contains("<blc:form"), "blc:form is turned into a plain form");
    }

    private static void assertNoScript(String html) {
        assertFalse(html.contains("<script>alert"), "no script tag gets through: " + html);
        assertFalse(html.contains("<b>Bold"), "no markup gets through");
        assertFalse(html.contains("<img src=x"), "no markup gets through");
    }

    /** A pending review whose every shopper-written part carries markup. */
    private long hostileReview() {
        long n = LoyaltyAdminFixtures.unique();
        Customer c = fixtures.customer("<b>Bold</b>", "Mallory" + n, "mallory-" + n + "@example.com");
        Product p = reviewData.product("Vase");
        long orderId = reviewData.order(c, p);
        return reviewData.review(c, orderId, p, 2, SCRIPT, "Nice <img src=x onerror=alert(1)> " + SCRIPT, "<b>Bold</b> name");
    }

    @Test
    void theQueueEscapesWhatShoppersWroteAndCarriesTheTokens() throws Exception {
        long id = hostileReview();

        String html = html(mvc.perform(get("/loyalty/reviews")).andReturn());

        assertNoScript(html);
        assertTrue(html.contains(SCRIPT_ESCAPED), "the title and text are shown, escaped");
        assertTrue(html.contains("Nice &lt;img src=x onerror=alert(1)&gt; "), html);
        assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; name"), "the display name is escaped");
        assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; Mallory"), "the customer's name is escaped");
        assertTrue(html.contains("data-review-id=\"" + id + "\""));
        assertEquals("1 pending", textOf(html, "evg-queue-count"));
        assertTrue(html.contains("name=\"ids\" form=\"evg-bulk-form\""), "the check boxes belong to the bulk form");
        assertTrue(html.contains("value=\"" + id + "\""));
        assertCsrfTokenIn(html, "action=\"/loyalty/reviews/" + id + "/approve\"");
        assertCsrfTokenIn(html, "action=\"/loyalty/reviews/" + id + "/reject\"");
        assertCsrfTokenIn(html, "id=\"evg-bulk-form\"");
        assertTrue(html.contains("grants the review reward (50 points, once per product and customer)"), html);
        assertTrue(html.contains("href=\"/loyalty/reviews/" + id + "\""), "links to the review's page");
        assertTrue(html.matches("(?s).*<a id=\"evg-tab-queue\"[^>]*class=\"evg-tab-current\".*"), "the queue tab is marked");
        assertFalse(html.matches("(?s).*<a id=\"evg-tab-all\"[^>]*class=\"evg-tab-current\".*"));
    }

    @Test
    void aReviewsPageEscapesEverythingAndShowsTheDecision() throws Exception {
        long id = hostileReview();
        ctx.getBean("evgReviewAdminService", ReviewAdminService.class).reject(id, "<img src=x onerror=alert(2)> spam", "evg-master");

        String html = html(mvc.perform(get("/loyalty/reviews/" + id)).andReturn());

        assertNoScript(html);
        assertEquals(SCRIPT_ESCAPED, textOf(html, "evg-review-title"));
        assertEquals("Nice &lt;img src=x onerror=alert(1)&gt; " + SCRIPT_ESCAPED, textOf(html, "evg-review-text"));
        assertEquals("&lt;b&gt;Bold&lt;/b&gt; name", textOf(html, "evg-review-display-name"));
        assertTrue(textOf(html, "evg-review-customer-name").startsWith("&lt;b&gt;Bold&lt;/b&gt; Mallory"));
        assertEquals("Rejected", textOf(html, "evg-review-status"));
        assertEquals("2 of 5", textOf(html, "evg-review-rating"));
        assertEquals("yes", textOf(html, "evg-review-verified"));
        assertEquals("no", textOf(html, "evg-review-incentivised"));
        assertEquals("evg-master", textOf(html, "evg-review-decided-by"));
        assertEquals("&lt;img src=x onerror=alert(2)&gt; spam", textOf(html, "evg-review-reject-reason"));
        assertTrue(textOf(html, "evg-review-order").startsWith("RV-"));
        assertFalse(html.contains("id=\"evg-approve-form\""), "a rejected review offers no decision");
        assertFalse(html.contains("id=\"evg-reject-form\""));
    }

    @Test
    void aReviewRejectedAfterApprovalShowsItsRewardTakenBack() throws Exception {
        long id = hostileReview();
        ReviewAdminService admin = ctx.getBean("evgReviewAdminService", ReviewAdminService.class);
        admin.approve(id, "evg-master");
        long points = admin.get(id).getRewardPoints();
        assertTrue(points > 0, "the default settings reward an approved review");
        admin.reject(id, "Written by a competitor", "evg-master");

        String html = html(mvc.perform(get("/loyalty/reviews/" + id)).andReturn());

        assertTrue(textOf(html, "evg-review-reward").matches(points + " points, taken back on \\d{4}-\\d{2}-\\d{2} \\(the review was rejected\\)"),
                textOf(html, "evg-review-reward"));
    }

    @Test
    void aPendingReviewsPageOffersBothDecisionsAndShowsAMissingReason() throws Exception {
        long id = hostileReview();

        String page = html(mvc.perform(get("/loyalty/reviews/" + id)).andReturn());
        assertCsrfTokenIn(page, "id=\"evg-approve-form\"");
        assertCsrfTokenIn(page, "id=\"evg-reject-form\"");
        assertEquals("Not decided yet.", textOf(page, "evg-review-undecided"));

        String refused = html(mvc.perform(post("/loyalty/reviews/" + id + "/reject").param("back", "review").param("reason", "")).andReturn());
        assertEquals("Enter the reason for the rejection.", textOf(refused, "evg-error-reason"));
        assertTrue(refused.contains("evg-invalid"));

        String fromQueue = html(mvc.perform(post("/loyalty/reviews/" + id + "/reject").param("reason", " ")).andReturn());
        assertEquals("Enter the reason for the rejection.", textOf(fromQueue, "evg-error-reason-" + id));
    }

    @Test
    void theBulkFormShowsItsProblemsWithTheTicksKept() throws Exception {
        long id = hostileReview();

        String html = html(mvc.perform(post("/loyalty/reviews/bulk").param("action", "reject").param("ids", String.valueOf(id))
                .param("reason", "")).andReturn());

        assertEquals("Enter the reason for the rejection.", textOf(html, "evg-error-bulk-reason"));
        assertTrue(html.matches("(?s).*id=\"evg-select-" + id + "\"[^>]*checked=\"checked\".*")
                || html.matches("(?s).*checked=\"checked\"[^>]*id=\"evg-select-" + id + "\".*"), "the tick is kept");

        String none = html(mvc.perform(post("/loyalty/reviews/bulk").param("action", "approve")).andReturn());
        assertEquals("Select at least one review.", textOf(none, "evg-error-ids"));
    }

    @Test
    void theListEscapesAndLabelsStatuses() throws Exception {
        long id = hostileReview();

        String html = html(mvc.perform(get("/loyalty/reviews/all").param("status", "PENDING")).andReturn());

        assertNoScript(html);
        assertTrue(html.contains(SCRIPT_ESCAPED));
        assertTrue(html.contains("data-review-id=\"" + id + "\""));
        assertTrue(html.contains(">Pending<"));
        assertTrue(html.contains("<option selected=\"selected\" value=\"PENDING\">Pending</option>"), html);

        String unknown = html(mvc.perform(get("/loyalty/reviews/all").param("status", SCRIPT)).andReturn());
        assertNoScript(unknown);
        assertEquals("Unknown status: every review is listed.", textOf(unknown, "evg-unknown-status"));
    }

    @Test
    void theStatsPageShowsTheNumbersAndEscapesABadPeriod() throws Exception {
        String html = html(mvc.perform(get("/loyalty/reviews/stats").param("from", "2001-01-01").param("to", "2001-01-31")).andReturn());
        assertEquals("0", textOf(html, "evg-stat-requests-sent"));
        assertEquals("0.0 %", textOf(html, "evg-stat-submission-rate"));
        assertEquals("no answers in this period", textOf(html, "evg-stat-nps"));
        assertTrue(html.contains("value=\"2001-01-01\""));

        String refused = html(mvc.perform(get("/loyalty/reviews/stats").param("from", SCRIPT).param("to", "2001-01-31")).andReturn());
        assertNoScript(refused);
        assertEquals("Enter a day as yyyy-mm-dd, e.g. 2024-03-31.", textOf(refused, "evg-error-from"));
        assertTrue(refused.contains("value=\"" + SCRIPT_ESCAPED + "\""), refused);
        assertFalse(refused.contains("evg-stat-requests-sent"), "no numbers for a bad period");
    }

    @Test
    void theSettingsPageShowsProblemsNextToTheirFields() throws Exception {
        String page = html(mvc.perform(get("/loyalty/reviews/settings")).andReturn());
        assertCsrfTokenIn(page, "id=\"evg-review-settings-form\"");
        assertTrue(page.contains("id=\"evg-field-rewardPoints\" name=\"rewardPoints\""));
        assertTrue(page.contains(">Wait in the pending queue until an admin decides</option>"), page);
        assertTrue(page.contains(">A number of days after the order was placed</option>"));

        String refused = html(mvc.perform(post("/loyalty/reviews/settings").param("delayDays", "<i>x</i>")
                .param("trigger", "SUBMITTED").param("moderation", "MODERATE_ALL")).andReturn());
        assertEquals("Enter a whole number, e.g. 50.", textOf(refused, "evg-error-delayDays"));
        assertEquals("Enter a value.", textOf(refused, "evg-error-rewardPoints"));
        assertEquals("Nothing was saved. Please correct the fields marked below.", textOf(refused, "evg-error-review-settings-form"));
        assertTrue(refused.contains("value=\"&lt;i&gt;x&lt;/i&gt;\""));
        assertFalse(refused.contains("<i>x</i>"));
    }
}
