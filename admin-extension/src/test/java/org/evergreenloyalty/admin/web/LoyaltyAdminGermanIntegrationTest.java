package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.admin.test.ReviewFixtures;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.review.ModerationMode;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.review.ReviewSettingsService;
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
 * The Loyalty pages for an admin whose request is German: the admin's DispatcherServlet resolves the request's
 * locale (Broadleaf 3.1 sets it from its own locale resolution, else the browser's Accept-Language), the controllers'
 * texts and the views' labels then come from {@code EvergreenAdminMessages_de} and the engine's German bundles.
 */
@Tag("broadleaf")
class LoyaltyAdminGermanIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;

    private MockMvc mvc;
    private AdminViewRenderer renderer;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
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

    private String germanHtml(MvcResult r) {
        Map<String, Object> model = new HashMap<String, Object>(r.getModelAndView().getModel());
        return renderer.render((String) model.get("viewType"), model, Locale.GERMAN);
    }

    /** The text content of the element with {@code id} (first level only). */
    private static String textOf(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? m.group(1).trim() : null;
    }

    @Test
    void theCustomerPageIsInGerman() throws Exception {
        Customer c = fixtures.customer();
        ctx.getBean("evgPointsAccountService", PointsAccountService.class).adjust(c.getId(), 12, "Kulanz", "evg-master");

        String html = germanHtml(mvc.perform(get("/loyalty/customers/" + c.getId()).locale(Locale.GERMAN)).andReturn());

        assertEquals("Zur\u00fcck zur Kundensuche", textOf(html, "evg-back"));
        assertEquals("12", textOf(html, "evg-balance-available"));
        assertTrue(html.contains(">Punkte korrigieren<"), "the adjustment form's title");
        assertTrue(html.contains(">Korrektur<"), "the entry type in the history");
        assertFalse(html.contains("Back to the customer search"), "no English left on the page");
        assertFalse(html.contains("??"), "no key without a German text");
    }

    @Test
    void theControllersTextsAreInGerman() throws Exception {
        MvcResult missing = mvc.perform(get("/loyalty/customers/none").locale(Locale.GERMAN)).andReturn();
        assertEquals(404, missing.getResponse().getStatus());
        assertEquals("Es gibt keinen Kunden mit der ID none.", missing.getModelAndView().getModel().get("notFoundMessage"));

        Customer c = fixtures.customer();
        MvcResult bad = mvc.perform(post("/loyalty/customers/" + c.getId() + "/adjust").locale(Locale.GERMAN)
                .param("requestKey", UUID.randomUUID().toString()).param("points", "abc").param("reason", "Kulanz")).andReturn();
        FormErrors errors = (FormErrors) bad.getModelAndView().getModel().get("adjustmentErrors");
        assertEquals("Bitte geben Sie eine ganze Zahl ein, z. B. 50.", errors.get("points"));
        assertEquals("Bitte geben Sie eine ganze Zahl ein, z. B. 50.", textOf(germanHtml(bad), "evg-error-points"));
        assertEquals(0, ctx.getBean("evgPointsAccountService", PointsAccountService.class).summary(c.getId()).getBalance().getAvailable());
    }

    @Test
    void anEngineRefusalIsShownInGerman() throws Exception {
        ReviewSettingsService settings = ctx.getBean("evgReviewSettingsService", ReviewSettingsService.class);
        ReviewSettings before = settings.current();
        ReviewSettings s = settings.current();
        s.setModeration(ModerationMode.MODERATE_ALL);
        settings.save(s);
        try {
            ReviewFixtures reviews = new ReviewFixtures(ctx);
            long id = reviews.pendingReview(fixtures.customer(), "Lampe", "Hell", "Macht den Raum hell.").getReviewId();
            mvc.perform(post("/loyalty/reviews/" + id + "/approve").locale(Locale.GERMAN)).andReturn();

            MvcResult again = mvc.perform(post("/loyalty/reviews/" + id + "/approve").locale(Locale.GERMAN)).andReturn();

            assertEquals("Bewertung " + id + " wartet nicht auf eine Entscheidung; nichts wurde ge\u00e4ndert.",
                    again.getFlashMap().get(AbstractLoyaltyAdminController.WARNING));
        } finally {
            settings.save(before);
        }
    }
}
