package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.fileUpload;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.pointsimport.PendingImport;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.customevent.CustomEventService;
import org.evergreenloyalty.customevent.EarningEventRule;
import org.evergreenloyalty.customevent.LimitPeriod;
import org.evergreenloyalty.customevent.RuleInput;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.pointsimport.ImportReport;
import org.evergreenloyalty.pointsimport.PointsImportService;
import org.evergreenloyalty.pointsimport.RowStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.dialect.IDialect;

/**
 * Loyalty &gt; Import and Loyalty &gt; Earning events on the real admin context: an uploaded file's dry run is shown
 * row by row and changes nothing, Apply applies it once and lists it in the history; a bad file is a clear message
 * with nothing changed; earning event rules are created, listed with their points granted, and bad input is shown
 * at its field; users without the Loyalty permission are refused.
 */
@Tag("broadleaf")
class LoyaltyImportPagesIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;

    private MockMvc mvc;
    private PointsImportService imports;
    private CustomEventService events;
    private LedgerService ledger;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        imports = ctx.getBean("evgPointsImportService", PointsImportService.class);
        events = ctx.getBean("evgCustomEventService", CustomEventService.class);
        ledger = ctx.getBean("evgLedgerService", LedgerService.class);
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private String render(String view, MvcResult r) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        return new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class)).render(view,
                new HashMap<String, Object>(r.getModelAndView().getModel()));
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "old-program.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private long available(Customer c) {
        return ledger.balance(c.getId()).getAvailable();
    }

    @Test
    void aCheckedFileIsShownThenAppliedOnceAndListed() throws Exception {
        Customer a = fixtures.customer();
        Customer b = fixtures.customer();
        String importId = "admin-test-" + LoyaltyAdminFixtures.unique();
        String csv = "email,points\n" + a.getEmailAddress() + ",150\n" + b.getEmailAddress() + ",abc\n";
        MockHttpSession session = new MockHttpSession();

        MvcResult form = mvc.perform(get("/loyalty/import").session(session)).andReturn();
        assertEquals(200, form.getResponse().getStatus());
        String empty = render("loyalty/import", form);
        assertTrue(empty.contains("enctype=\"multipart/form-data\""), "an upload form");
        assertTrue(empty.contains("/loyalty/import/check?csrfToken="), "the CSRF token travels in the query string");

        MvcResult checked = mvc.perform(fileUpload("/loyalty/import/check").file(file(csv)).param("mode", "ADD")
                .param("importId", importId).session(session)).andReturn();
        assertEquals(200, checked.getResponse().getStatus());
        ImportReport dry = (ImportReport) checked.getModelAndView().getModel().get("report");
        assertTrue(dry.isDryRun());
        assertEquals(1, dry.count(RowStatus.CHANGE));
        assertEquals(1, dry.count(RowStatus.REFUSED));
        assertEquals(0, available(a), "a dry run changes nothing");
        assertNotNull(session.getAttribute(PendingImport.SESSION_KEY));
        String html = render("loyalty/import", checked);
        assertTrue(html.contains("id=\"evg-import-apply\""), "an Apply button");
        assertTrue(html.contains("0 \u2192 150"), "old and new balance");
        assertTrue(html.contains("is not a whole number of points."), "the refusal's reason");

        MvcResult applied = mvc.perform(post("/loyalty/import/apply").param("importId", importId).session(session)).andReturn();
        assertEquals(200, applied.getResponse().getStatus());
        assertEquals(150, available(a));
        assertEquals("Import " + importId + " applied: 1 rows changed, 1 refused.",
                applied.getModelAndView().getModel().get(AbstractLoyaltyAdminController.NOTICE));
        assertTrue(render("loyalty/import", applied).contains("data-import-id=\"" + importId + "\""), "in the history");
        assertNull(session.getAttribute(PendingImport.SESSION_KEY));

        MvcResult again = mvc.perform(post("/loyalty/import/apply").param("importId", importId).session(session)).andReturn();
        assertTrue(String.valueOf(again.getModelAndView().getModel().get("importError")).contains("upload it again"));
        assertEquals(150, available(a), "applied once");
    }

    @Test
    void aBadFileIsAClearMessageAndNothingChanges() throws Exception {
        Customer a = fixtures.customer();
        String importId = "admin-bad-" + LoyaltyAdminFixtures.unique();
        MvcResult unknown = mvc.perform(fileUpload("/loyalty/import/check").file(file("email,punkte\n" + a.getEmailAddress() + ",5\n"))
                .param("mode", "ADD").param("importId", importId)).andReturn();
        assertEquals(200, unknown.getResponse().getStatus());
        assertEquals("Unknown column 'punkte'; the columns are email, customer_id, points, tier, expires.",
                unknown.getModelAndView().getModel().get("importError"));
        assertTrue(render("loyalty/import", unknown).contains("id=\"evg-import-error\""));
        MvcResult none = mvc.perform(fileUpload("/loyalty/import/check").param("mode", "ADD").param("importId", importId)).andReturn();
        assertEquals("Choose a CSV file to upload.", none.getModelAndView().getModel().get("importError"));
        MvcResult badId = mvc.perform(fileUpload("/loyalty/import/check").file(file("email,points\n" + a.getEmailAddress() + ",5\n"))
                .param("mode", "ADD").param("importId", "has spaces")).andReturn();
        assertTrue(String.valueOf(badId.getModelAndView().getModel().get("importError")).contains("import id"));
        MvcResult noMode = mvc.perform(fileUpload("/loyalty/import/check").file(file("email,points\n" + a.getEmailAddress() + ",5\n"))
                .param("importId", importId)).andReturn();
        assertEquals("Choose the mode ADD or SET.", noMode.getModelAndView().getModel().get("importError"));
        assertEquals(0, available(a));
        assertTrue(imports.history(500).stream().noneMatch(r -> r.getImportId().equals(importId)));
    }

    @Test
    void inGermanThePageAndTheRefusalsAreGerman() throws Exception {
        Customer a = fixtures.customer();
        MockHttpSession session = new MockHttpSession();
        MvcResult unknown = mvc.perform(fileUpload("/loyalty/import/check").file(file("email,punkte\n" + a.getEmailAddress() + ",5\n"))
                .param("mode", "ADD").param("importId", "de-" + LoyaltyAdminFixtures.unique()).locale(java.util.Locale.GERMAN)).andReturn();
        assertEquals("Unbekannte Spalte \u201epunkte\u201c. Die Spalten sind: email, customer_id, points, tier, expires.",
                unknown.getModelAndView().getModel().get("importError"));
        MvcResult checked = mvc.perform(fileUpload("/loyalty/import/check").file(file("email,points\n" + a.getEmailAddress() + ",zehn\n"))
                .param("mode", "SET").param("importId", "de-" + LoyaltyAdminFixtures.unique()).session(session).locale(java.util.Locale.GERMAN))
                .andReturn();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        String html = new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class)).render("loyalty/import",
                new HashMap<String, Object>(checked.getModelAndView().getModel()), java.util.Locale.GERMAN);
        assertTrue(html.contains("Punkteimport"), "the German title");
        assertTrue(html.contains("ist keine ganze Punktzahl."), "the German refusal");
        assertTrue(html.contains("Kontostand auf die Punkte setzen"), "the German mode");
        assertEquals(0, available(a));
    }

    @Test
    void earningEventRulesAreCreatedListedAndValidated() throws Exception {
        String type = "admin-test-" + LoyaltyAdminFixtures.unique();
        MvcResult created = mvc.perform(post("/loyalty/earning-events").param("type", type).param("label", "Newsletter")
                .param("points", "50").param("limitCount", "1").param("limitPeriod", "EVER").param("active", "true")).andReturn();
        assertEquals("/loyalty/earning-events", created.getResponse().getRedirectedUrl());
        assertEquals("Rule " + type + " created.", created.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        EarningEventRule rule = events.rule(type);
        assertEquals(50, rule.getPoints());
        Customer c = fixtures.customer();
        events.record(c.getId(), type, "admin-page-" + c.getId());

        MvcResult list = mvc.perform(get("/loyalty/earning-events")).andReturn();
        assertEquals(200, list.getResponse().getStatus());
        String html = render("loyalty/earningEvents", list);
        assertTrue(html.contains("data-type=\"" + type + "\""), "listed");
        assertTrue(html.contains("once ever"), "the limit in words");
        Map<?, ?> totals = (Map<?, ?>) list.getModelAndView().getModel().get("totals");
        assertNotNull(totals.get(type), "the points granted per rule");

        MvcResult bad = mvc.perform(post("/loyalty/earning-events").param("type", "Newsletter Signup").param("label", "x")
                .param("points", "lots").param("limitCount", "1").param("limitPeriod", "EVER")).andReturn();
        assertEquals(200, bad.getResponse().getStatus());
        FormErrors errors = (FormErrors) bad.getModelAndView().getModel().get("formErrors");
        assertEquals("The points must be a whole number from 1 to 1,000,000.", errors.get("points"));
        MvcResult badType = mvc.perform(post("/loyalty/earning-events").param("type", "Newsletter Signup").param("label", "x")
                .param("points", "5").param("limitCount", "1").param("limitPeriod", "EVER")).andReturn();
        assertTrue(((FormErrors) badType.getModelAndView().getModel().get("formErrors")).has("type"));
        assertTrue(render("loyalty/earningEvents", badType).contains("id=\"evg-error-type\""));
        assertNull(events.rule("Newsletter Signup"));

        events.saveRule(new RuleInput(type, "Newsletter again", 60, 1, LimitPeriod.EVER, false));
        EarningEventRule changed = events.rule(type);
        assertEquals("Newsletter again", changed.getLabel(), "a second save changes the rule");
        assertEquals(60, changed.getPoints());
        assertFalse(changed.isActive());
        assertEquals(1, events.rules().stream().filter(r -> r.getType().equals(type)).count(), "one row per type");
    }

    @Test
    void userWithoutTheLoyaltyPermissionIsRefused() throws Exception {
        fixtures.signIn("evg-merch");
        assertEquals(403, mvc.perform(get("/loyalty/import")).andReturn().getResponse().getStatus());
        assertEquals(403, mvc.perform(fileUpload("/loyalty/import/check").file(file("email,points\n")).param("mode", "ADD")
                .param("importId", "refused-1")).andReturn().getResponse().getStatus());
        assertEquals(403, mvc.perform(get("/loyalty/earning-events")).andReturn().getResponse().getStatus());
        String type = "refused-" + LoyaltyAdminFixtures.unique();
        assertEquals(403, mvc.perform(post("/loyalty/earning-events").param("type", type).param("label", "x").param("points", "5")
                .param("limitCount", "1").param("limitPeriod", "EVER")).andReturn().getResponse().getStatus());
        assertNull(events.rule(type));
    }
}
