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
import org.evergreenloyalty.admin.test.BirthdayFixtures;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.birthday.BirthdayService;
import org.evergreenloyalty.birthday.RewardView;
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
 * The Birthday views rendered from what the real controllers put in the model, with Broadleaf's dialect (its
 * {@code blc:form} adds the CSRF token) and the admin's merged messages: texts from the bundle, problems next to
 * their fields, everything a customer or admin typed escaped.
 */
@Tag("broadleaf")
class LoyaltyBirthdayViewsRenderingIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;
    private static BirthdayFixtures birthdayFixtures;

    private MockMvc mvc;
    private AdminViewRenderer renderer;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
        birthdayFixtures = new BirthdayFixtures(ctx, fixtures);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        renderer = new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class));
        birthdayFixtures.useKnownSettings();
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void restore() {
        fixtures.signOut();
        birthdayFixtures.restore();
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

    /** The HTML of the table row with {@code attribute="value"}. */
    private static String rowWith(String html, String attribute, Object value) {
        int at = html.indexOf(attribute + "=\"" + value + "\"");
        assertTrue(at >= 0, attribute + "=" + value + " missing");
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }

    private static void assertCsrfToken(String formHtml) {
        assertTrue(formHtml.matches("(?s).*<input type=\"hidden\" name=\"csrfToken\" value=\"[^\"]+\"\\s*/?>.*"),
                "the form must carry Broadleaf's CSRF token: " + formHtml);
    }

    @Test
    void theOverviewShowsUpcomingBirthdaysRewardsAndNumbersEscaped() throws Exception {
        long n = LoyaltyAdminFixtures.unique();
        Customer mallory = fixtures.customer("<script>alert(1)</script>", "Mallory" + n, "mallory-" + n + "@example.com");
        RewardView reward = birthdayFixtures.rewardToday(mallory);

        String html = html(mvc.perform(get("/loyalty/birthdays").param("days", "3")).andReturn());

        assertTrue(html.contains(">Birthdays in the next 3 days<"), "the heading names the days asked for");
        String upcoming = rowWith(html, "data-customer-id", mallory.getId());
        assertTrue(upcoming.contains("&lt;script&gt;alert(1)&lt;/script&gt; Mallory" + n), upcoming);
        assertFalse(html.contains("<script>alert(1)"), "names are escaped");
        assertTrue(upcoming.contains(">already issued (see reward)<"), "an issued reward is not 'earns: yes/no': " + upcoming);
        assertFalse(upcoming.contains(">no: "), upcoming);
        assertTrue(upcoming.contains(">Issued<"), "this year's reward: " + upcoming);
        assertTrue(upcoming.contains("href=\"/loyalty/birthdays/customers/" + mallory.getId() + "\""), "links to the customer's birthday");

        String row = rowWith(html, "data-reward-id", reward.getId());
        assertTrue(row.contains(">" + reward.getCode() + "<"), row);
        assertTrue(row.contains(">10%<"), row);
        assertTrue(row.contains(">Sent<"), "the e-mail went out: " + row);
        assertTrue(row.contains("action=\"/loyalty/birthdays/rewards/" + reward.getId() + "/resend\""), row);
        assertTrue(row.contains(">Resend e-mail<"), row);
        assertCsrfToken(row);
        assertFalse(html.contains("<blc:form"));

        assertTrue(html.contains("Share of codes used"));
        assertTrue(textOf(html, "evg-stats-used-share").matches("\\d+\\.\\d%"), textOf(html, "evg-stats-used-share"));
        assertEquals("Birthday rewards are issued on the birthday itself; days are counted in the store time zone UTC.",
                textOf(html, "evg-birthdays-state"), "no \"0 day(s)\"");
    }

    @Test
    void unreadableParametersAreExplainedOnThePage() throws Exception {
        String html = html(mvc.perform(get("/loyalty/birthdays").param("days", "<b>x</b>")).andReturn());
        assertTrue(html.contains("Enter a number of days from 1 to 366; showing the next 30 days."), html);
        assertFalse(html.contains("<b>x</b>"));
    }

    @Test
    void theSettingsPageShowsLabelsProblemsAndTheToken() throws Exception {
        String html = html(mvc.perform(get("/loyalty/birthdays/settings")).andReturn());
        assertTrue(html.contains("Issue the reward this many days before the birthday (0-60)"));
        assertTrue(html.contains("<option value=\"MAR_1\">1 March</option>"), "leap-day options from the bundle");
        int form = html.indexOf("id=\"evg-birthday-settings-form\"");
        assertCsrfToken(html.substring(form, html.indexOf("</form>", form)));

        MvcResult bad = mvc.perform(post("/loyalty/birthdays/settings").param("daysBefore", "<i>soon</i>").param("timeZone", "<b>Nowhere</b>")
                .param("discountKind", "PERCENT").param("leapDayRule", "FEB_28")).andReturn();
        String shown = html(bad);
        assertEquals("Nothing was saved. Please correct the fields marked below.", textOf(shown, "evg-error-birthday-settings-form"));
        assertEquals("Enter a whole number, e.g. 50.", textOf(shown, "evg-error-daysBefore"));
        assertEquals("&#39;&lt;b&gt;Nowhere&lt;/b&gt;&#39; is not a time zone; use an id such as Europe/Berlin.",
                textOf(shown, "evg-error-timeZone"));
        assertTrue(shown.contains("value=\"&lt;i&gt;soon&lt;/i&gt;\""), "the input is shown again, escaped");
        assertFalse(shown.contains("<i>soon"));
    }

    @Test
    void aCustomersBirthdayPageShowsTheChangesEscapedAndTheForm() throws Exception {
        Customer c = fixtures.customer();
        BirthdayService birthdays = ctx.getBean("evgBirthdayService", BirthdayService.class);
        birthdays.saveByAdmin(c.getId(), "3", "14", "1990", "evg-master", "<img src=x onerror=alert(1)>");

        String html = html(mvc.perform(get("/loyalty/birthdays/customers/" + c.getId())).andReturn());

        assertEquals("14 March 1990", textOf(html, "evg-birthday-value"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "reasons are escaped");
        assertFalse(html.contains("<img src=x"));
        assertTrue(Pattern.compile("<option (selected=\"selected\" value=\"3\"|value=\"3\" selected=\"selected\")>March</option>")
                .matcher(html).find(), "the form shows the birthday");
        int form = html.indexOf("id=\"evg-birthday-change-form\"");
        assertCsrfToken(html.substring(form, html.indexOf("</form>", form)));

        String refused = html(mvc.perform(post("/loyalty/birthdays/customers/" + c.getId()).param("month", "2").param("day", "31")
                .param("year", "").param("reason", "")).andReturn());
        assertEquals("Nothing was changed. Please correct the fields marked below.", textOf(refused, "evg-error-birthday-summary"));
        assertEquals("There is no 31 February: that month has at most 29 days.", textOf(refused, "evg-error-day"));
        assertEquals("Enter the reason for this change.", textOf(refused, "evg-error-reason"));

        String pointsPage = html(mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn());
        assertEquals("14 March 1990", textOf(pointsPage, "evg-customer-birthday-value"));
        assertTrue(pointsPage.contains("href=\"/loyalty/birthdays/customers/" + c.getId() + "\""));
    }
}
