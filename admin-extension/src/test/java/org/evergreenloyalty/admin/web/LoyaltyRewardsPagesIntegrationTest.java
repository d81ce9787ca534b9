package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.Map;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.reward.Reward;
import org.evergreenloyalty.reward.RewardAdminService;
import org.evergreenloyalty.reward.RewardKind;
import org.evergreenloyalty.reward.RewardSettings;
import org.evergreenloyalty.reward.RewardSettingsService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.dialect.IDialect;

/**
 * Loyalty &gt; Rewards on the real admin context: creating, listing with figures, editing and deactivating an entry;
 * bad input (empty name, negative cost, percent over 100, a free product that does not exist, unreadable numbers)
 * answered at its field with nothing saved; the catalogue settings saved from the page (bad numbers change nothing);
 * unknown ids are 404 and a user without the loyalty permission is refused.
 */
@Tag("broadleaf")
class LoyaltyRewardsPagesIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;

    private MockMvc mvc;
    private RewardAdminService rewards;
    private int before;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        rewards = ctx.getBean("evgRewardAdminService", RewardAdminService.class);
        before = rewards.all().size();
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private static MockHttpServletRequestBuilder form(String url, String name, String kind, String value, String cost) {
        return form(url, name, kind, value, cost, "");
    }

    private static MockHttpServletRequestBuilder form(String url, String name, String kind, String value, String cost, String product) {
        return post(url).param("name", name).param("kind", kind).param("value", value).param("productId", product)
                .param("pointsCost", cost).param("minimumSubtotal", "").param("perCustomerLimit", "0")
                .param("validDays", "30").param("displayOrder", "5");
    }

    private static Map<String, Object> model(MvcResult r) {
        return r.getModelAndView().getModel();
    }

    private String render(String view, MvcResult r) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        return new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class)).render(view, new HashMap<String, Object>(model(r)));
    }

    private Reward named(String name) {
        return rewards.all().stream().filter(r -> r.getName().equals(name)).findFirst().orElse(null);
    }

    @Test
    void anEntryIsCreatedListedEditedAndDeactivated() throws Exception {
        String name = "Admin reward " + System.nanoTime();
        MvcResult created = mvc.perform(form("/loyalty/rewards/new", name, "PERCENT_OFF", "10", "800")).andReturn();
        Reward r = named(name);
        assertNotNull(r, String.valueOf(created.getModelAndView() == null ? "" : model(created).get("rewardErrors")));
        assertEquals("/loyalty/rewards", created.getResponse().getRedirectedUrl());
        assertEquals(RewardKind.PERCENT_OFF, r.getKind());
        assertEquals(800, r.getPointsCost());

        MvcResult list = mvc.perform(get("/loyalty/rewards")).andReturn();
        assertEquals(200, list.getResponse().getStatus());
        String html = render("loyalty/rewards", list);
        assertTrue(html.contains("data-reward-id=\"" + r.getId() + "\""), "listed");
        assertTrue(html.contains("Points spent"), "with its figures");

        MvcResult edit = mvc.perform(get("/loyalty/rewards/" + r.getId())).andReturn();
        assertEquals(200, edit.getResponse().getStatus());
        assertTrue(render("loyalty/reward", edit).contains("id=\"evg-reward-claimed\""));
        mvc.perform(form("/loyalty/rewards/" + r.getId(), name, "PERCENT_OFF", "15", "900")).andReturn();
        assertEquals(900, rewards.get(r.getId()).getPointsCost());

        MvcResult off = mvc.perform(post("/loyalty/rewards/" + r.getId() + "/active").param("active", "false")).andReturn();
        assertEquals("/loyalty/rewards", off.getResponse().getRedirectedUrl());
        assertTrue(!rewards.get(r.getId()).isActive(), "deactivated");
    }

    @Test
    void badInputIsShownAtItsFieldAndNothingIsStored() throws Exception {
        assertEquals("Enter a name.", error(form("/loyalty/rewards/new", " ", "AMOUNT_OFF", "5", "500"), "name"));
        assertEquals("The points cost must be a whole number, not negative.",
                error(form("/loyalty/rewards/new", "Admin bad cost", "AMOUNT_OFF", "5", "-1"), "pointsCost"));
        assertEquals("Enter a percent from 1 to 100.", error(form("/loyalty/rewards/new", "Admin bad percent", "PERCENT_OFF", "120", "500"), "value"));
        assertEquals("Enter the id of a product the store sells.", error(form("/loyalty/rewards/new", "Admin bad product", "FREE_PRODUCT", "", "500",
                "987654321"), "productId"));
        assertEquals("Enter a number.", error(form("/loyalty/rewards/new", "Admin bad number", "AMOUNT_OFF", "five", "500"), "value"));
        assertEquals("Choose what the reward gives.", error(form("/loyalty/rewards/new", "Admin bad kind", "GOLD", "5", "500"), "kind"));
        assertEquals(before, rewards.all().size(), "nothing stored");

        MvcResult r = mvc.perform(form("/loyalty/rewards/new", "Admin bad again", "PERCENT_OFF", "120", "500")).andReturn();
        String html = render("loyalty/reward", r);
        assertTrue(html.contains("id=\"evg-error-value\""), "the problem is shown at its field");
        assertTrue(html.contains("value=\"Admin bad again\""), "the input stays in the form");
    }

    private String error(MockHttpServletRequestBuilder request, String field) throws Exception {
        MvcResult r = mvc.perform(request).andReturn();
        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/reward", model(r).get("viewType"));
        return ((FormErrors) model(r).get("rewardErrors")).get(field);
    }

    @Test
    void theSettingsAreSavedOnThePageAndBadInputChangesNothing() throws Exception {
        RewardSettingsService settings = ctx.getBean("evgRewardSettingsService", RewardSettingsService.class);
        RewardSettings before = settings.current();
        try {
            MvcResult saved = mvc.perform(post("/loyalty/rewards/settings").param("refundAllowed", "true").param("reminderDays", "7"))
                    .andReturn();
            assertEquals("/loyalty/rewards", saved.getResponse().getRedirectedUrl());
            assertEquals("The rewards settings were saved.", saved.getFlashMap().get("evgNotice"));
            assertTrue(settings.current().isRefundAllowed());
            assertEquals(7, settings.current().getReminderDays());
            String html = render("loyalty/rewards", mvc.perform(get("/loyalty/rewards")).andReturn());
            assertTrue(html.contains("id=\"evg-reward-refund\" checked=\"checked\""), "the stored refund switch is shown");
            assertTrue(html.contains("value=\"7\""), "the stored reminder days are shown");

            for (String bad : new String[] {"-1", "366", "seven", "", "2.5", "99999999999"}) {
                MvcResult r = mvc.perform(post("/loyalty/rewards/settings").param("reminderDays", bad)).andReturn();
                assertEquals("/loyalty/rewards", r.getResponse().getRedirectedUrl(), bad);
                assertEquals("Enter a whole number of days from 0 to 365.", r.getFlashMap().get("evgWarning"), bad);
                assertTrue(settings.current().isRefundAllowed(), "nothing changed by " + bad);
                assertEquals(7, settings.current().getReminderDays(), "nothing changed by " + bad);
            }
            mvc.perform(post("/loyalty/rewards/settings").param("reminderDays", "0")).andReturn();
            assertEquals(false, settings.current().isRefundAllowed(), "an unticked box switches refunds off");
            assertEquals(0, settings.current().getReminderDays());

            fixtures.signIn("evg-merch");
            assertEquals(403, mvc.perform(post("/loyalty/rewards/settings").param("refundAllowed", "true").param("reminderDays", "9"))
                    .andReturn().getResponse().getStatus());
            assertEquals(0, settings.current().getReminderDays(), "refused without the permission");
        } finally {
            settings.save(before);
        }
    }

    @Test
    void unknownIdsAre404AndAUserWithoutThePermissionIsRefused() throws Exception {
        assertEquals(404, mvc.perform(get("/loyalty/rewards/abc")).andReturn().getResponse().getStatus());
        assertEquals(404, mvc.perform(get("/loyalty/rewards/987654321")).andReturn().getResponse().getStatus());
        assertEquals(404, mvc.perform(post("/loyalty/rewards/987654321/active").param("active", "false")).andReturn().getResponse().getStatus());
        fixtures.signIn("evg-merch");
        assertEquals(403, mvc.perform(get("/loyalty/rewards")).andReturn().getResponse().getStatus());
        assertEquals(403, mvc.perform(form("/loyalty/rewards/new", "Admin refused", "AMOUNT_OFF", "5", "500")).andReturn()
                .getResponse().getStatus());
        assertEquals(before, rewards.all().size());
    }
}
