package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.privacy.ErasureRecord;
import org.evergreenloyalty.privacy.PrivacyService;
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
 * The personal-data actions on a customer's page in Loyalty &gt; Customers on the real admin context: the JSON
 * export, the erasure with confirmation and reason (recorded with the admin user, shown on the page afterwards,
 * not repeated), refusals without confirmation or reason that change nothing, and both actions refused without
 * the Loyalty permission.
 */
@Tag("broadleaf")
class LoyaltyCustomerPrivacyPagesIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;

    private MockMvc mvc;
    private PrivacyService privacy;
    private PointsAccountService accounts;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        privacy = ctx.getBean("evgPrivacyService", PrivacyService.class);
        accounts = ctx.getBean("evgPointsAccountService", PointsAccountService.class);
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private Customer customerWithPoints() {
        Customer c = fixtures.customer();
        accounts.grantBonus(c.getId(), 120, "privacy-admin-" + LoyaltyAdminFixtures.unique(), "test", "test", null);
        return c;
    }

    @Test
    void theExportIsAJsonAttachmentOfTheCustomer() throws Exception {
        Customer c = customerWithPoints();
        MvcResult r = mvc.perform(get("/loyalty/customers/" + c.getId() + "/export")).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertTrue(r.getResponse().getContentType().startsWith("application/json"), r.getResponse().getContentType());
        assertEquals("attachment; filename=\"loyalty-data-" + c.getId() + ".json\"", r.getResponse().getHeader("Content-Disposition"));
        String json = r.getResponse().getContentAsString();
        assertTrue(json.startsWith("{\"format\":\"evergreen-loyalty-personal-data\",\"version\":1,\"customerId\":" + c.getId() + ","), json);
        assertTrue(json.contains("\"available\":120"), "the account is in it");

        MvcResult unknown = mvc.perform(get("/loyalty/customers/987654321987/export")).andReturn();
        assertEquals(404, unknown.getResponse().getStatus());
        MvcResult garbage = mvc.perform(get("/loyalty/customers/abc/export")).andReturn();
        assertEquals(404, garbage.getResponse().getStatus());
    }

    @Test
    void erasureNeedsConfirmationAndAReasonAndIsShownOnThePage() throws Exception {
        Customer c = customerWithPoints();
        String url = "/loyalty/customers/" + c.getId() + "/erase";

        MvcResult noConfirm = mvc.perform(post(url).param("reason", "Customer asked")).andReturn();
        assertEquals(302, noConfirm.getResponse().getStatus());
        assertEquals("Tick the confirmation to erase the personal data; nothing was changed.",
                noConfirm.getFlashMap().get(AbstractLoyaltyAdminController.WARNING));
        MvcResult noReason = mvc.perform(post(url).param("confirm", "yes").param("reason", "  ")).andReturn();
        assertEquals("Enter the reason for the erasure; nothing was changed.", noReason.getFlashMap().get(AbstractLoyaltyAdminController.WARNING));
        assertNull(privacy.erasure(c.getId()), "nothing erased");
        MvcResult before = mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn();
        assertNull(before.getModelAndView().getModel().get("erasure"));

        MvcResult done = mvc.perform(post(url).param("confirm", "yes").param("reason", "Customer asked by e-mail")).andReturn();
        assertEquals(302, done.getResponse().getStatus());
        assertEquals("/loyalty/customers/" + c.getId(), done.getResponse().getRedirectedUrl());
        assertTrue(((String) done.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE)).startsWith("The personal data was erased"));
        ErasureRecord record = privacy.erasure(c.getId());
        assertNotNull(record);
        assertEquals("evg-master", record.getErasedBy());
        assertEquals("Customer asked by e-mail", record.getReason());
        assertEquals(120, accounts.summary(c.getId()).getBalance().getAvailable(), "points stay");

        MvcResult page = mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn();
        assertEquals(200, page.getResponse().getStatus());
        ErasureRecord shown = (ErasureRecord) page.getModelAndView().getModel().get("erasure");
        assertEquals("Customer asked by e-mail", shown.getReason());

        MvcResult again = mvc.perform(post(url).param("confirm", "yes").param("reason", "Again")).andReturn();
        assertEquals("This customer's personal data was erased before; nothing changed.",
                again.getFlashMap().get(AbstractLoyaltyAdminController.WARNING));
        assertEquals("Customer asked by e-mail", privacy.erasure(c.getId()).getReason(), "the first record stands");
    }

    @Test
    void thePageRendersTheActionsAndThenTheRecord() throws Exception {
        Customer c = customerWithPoints();
        AdminViewRenderer renderer = new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class));
        String before = render(renderer, mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn());
        assertTrue(before.contains("href=\"/loyalty/customers/" + c.getId() + "/export\""), "the export link");
        assertTrue(before.contains(">Export loyalty data (JSON)<"));
        assertTrue(before.contains("id=\"evg-erase-form\""), "the erase form");
        assertTrue(before.contains(">Erase personal data<"));
        assertTrue(!before.contains("evg-erasure-record"));

        privacy.erase(c.getId(), "evg-master", "<b>Asked</b> by phone");
        String after = render(renderer, mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn());
        assertTrue(after.contains("id=\"evg-erasure-record\""), "the record is shown");
        assertTrue(after.contains("&lt;b&gt;Asked&lt;/b&gt; by phone"), "the reason, escaped");
        assertTrue(!after.contains("id=\"evg-erase-form\""), "no second erasure offered");
    }

    private static String render(AdminViewRenderer renderer, MvcResult r) {
        java.util.Map<String, Object> model = new java.util.HashMap<String, Object>(r.getModelAndView().getModel());
        return renderer.render((String) model.get("viewType"), model);
    }

    @Test
    void withoutTheLoyaltyPermissionBothAreRefused() throws Exception {
        Customer c = customerWithPoints();
        fixtures.signIn("evg-merch");

        MvcResult export = mvc.perform(get("/loyalty/customers/" + c.getId() + "/export")).andReturn();
        assertEquals(403, export.getResponse().getStatus());
        assertEquals("loyalty/noLoyaltyAccess", export.getModelAndView().getModel().get("viewType"));
        assertTrue(!export.getResponse().getContentAsString().contains("evergreen-loyalty-personal-data"), "no data");

        MvcResult erase = mvc.perform(post("/loyalty/customers/" + c.getId() + "/erase").param("confirm", "yes").param("reason", "x")).andReturn();
        assertEquals(403, erase.getResponse().getStatus());
        assertNull(privacy.erasure(c.getId()), "nothing erased");
    }
}
