package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.campaign.Campaign;
import org.evergreenloyalty.campaign.CampaignService;
import org.evergreenloyalty.campaign.CampaignStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.dialect.IDialect;

/**
 * Loyalty &gt; Campaigns on the real admin context: the list with its groups and calendar, creating and ending a
 * campaign, the overlap warning naming the other campaign and the combination rule, and bad input (end before
 * start, multiplier out of bounds, unknown product, bad ids, bad month, unknown campaign) answered with clear
 * messages while nothing is stored.
 */
@Tag("broadleaf")
class LoyaltyCampaignsPagesIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;

    private MockMvc mvc;
    private CampaignService campaigns;
    private EntityManager em;
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
        campaigns = ctx.getBean("evgCampaignService", CampaignService.class);
        em = SharedEntityManagerCreator.createSharedEntityManager(ctx.getBean("entityManagerFactory", EntityManagerFactory.class));
        before = campaigns.campaigns().size();
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void removeCampaigns() {
        fixtures.signOut();
        fixtures.inTransaction((TransactionCallback<Void>) status -> {
            em.createQuery("delete from Campaign c where c.name like 'Admin test %'").executeUpdate();
            return null;
        });
    }

    private static MockHttpServletRequestBuilder form(String url, String name, String multiplier, LocalDate first, LocalDate last) {
        return post(url).param("name", name).param("kind", "MULTIPLY").param("multiplier", multiplier)
                .param("bonusPoints", "").param("startDay", first.toString()).param("endDay", last.toString())
                .param("productIds", "").param("categoryIds", "").param("tierIds", "").param("minOrderAmount", "");
    }

    private static Map<String, Object> model(MvcResult r) {
        return r.getModelAndView().getModel();
    }

    private String render(String view, MvcResult r) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        return new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class)).render(view, new HashMap<String, Object>(model(r)));
    }

    private Campaign named(String name) {
        for (Campaign c : campaigns.campaigns()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void aValidCampaignIsCreatedListedInTheCalendarAndCanBeEnded() throws Exception {
        LocalDate today = campaigns.today();
        MvcResult created = mvc.perform(form("/loyalty/campaigns/new", "Admin test double", "2", today, today.plusDays(1))).andReturn();

        Campaign c = named("Admin test double");
        assertNotNull(c, String.valueOf(created.getModelAndView() == null ? "" : model(created).get("campaignErrors")));
        assertEquals("/loyalty/campaigns/" + c.getId(), created.getResponse().getRedirectedUrl());
        assertEquals("Campaign \u201cAdmin test double\u201d created.", created.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));

        MvcResult list = mvc.perform(get("/loyalty/campaigns")).andReturn();
        assertEquals(200, list.getResponse().getStatus());
        assertEquals("loyalty/campaigns", model(list).get("viewType"));
        String html = render("loyalty/campaigns", list);
        assertTrue(html.contains("data-campaign-id=\"" + c.getId() + "\""), "listed");
        assertTrue(html.contains("data-day=\"" + today + "\""), "the calendar shows this month");
        assertTrue(html.contains("per order line the highest multiplier applies"), "the combination rule is stated");

        MvcResult edit = mvc.perform(get("/loyalty/campaigns/" + c.getId())).andReturn();
        assertEquals(200, edit.getResponse().getStatus());
        assertTrue(render("loyalty/campaign", edit).contains("id=\"evg-campaign-status\""));

        MvcResult ended = mvc.perform(post("/loyalty/campaigns/" + c.getId() + "/end")).andReturn();
        assertEquals("/loyalty/campaigns", ended.getResponse().getRedirectedUrl());
        assertEquals(CampaignStatus.ENDED, campaigns.status(campaigns.campaign(c.getId())));
        assertEquals("evg-master", campaigns.campaign(c.getId()).getEndedBy());
    }

    @Test
    void anOverlapIsSavedWithAWarningNamingTheOtherCampaignAndHowTheyCombine() throws Exception {
        LocalDate today = campaigns.today();
        mvc.perform(form("/loyalty/campaigns/new", "Admin test first", "2", today, today.plusDays(3))).andReturn();
        MvcResult second = mvc.perform(form("/loyalty/campaigns/new", "Admin test second", "3", today.plusDays(2), today.plusDays(5)))
                .andReturn();
        assertNotNull(named("Admin test second"), "an overlap is allowed");
        String warning = String.valueOf(second.getFlashMap().get(AbstractLoyaltyAdminController.WARNING));
        assertTrue(warning.contains("\u201cAdmin test first\u201d (2\u00d7"), warning);
        assertTrue(warning.contains("only the highest multiplier applies, fixed extra points add up"), warning);
    }

    @Test
    void badInputIsShownFieldByFieldAndNothingIsStored() throws Exception {
        LocalDate today = campaigns.today();
        MvcResult r = mvc.perform(post("/loyalty/campaigns/new").param("name", "Admin test bad").param("kind", "MULTIPLY")
                .param("multiplier", "0.5").param("startDay", today.plusDays(3).toString()).param("endDay", today.toString())
                .param("productIds", "987654321").param("categoryIds", "shoes")).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/campaign", model(r).get("viewType"));
        FormErrors errors = (FormErrors) model(r).get("campaignErrors");
        assertEquals("The multiplier must be a number between 1.01 and 10 (for example 2 for double points).", errors.get("multiplier"));
        assertEquals("The last day (" + today + ") is before the first day (" + today.plusDays(3) + ").", errors.get("endDay"));
        assertEquals("No product has the id 987654321.", errors.get("productIds"));
        assertEquals("'shoes' is not an id: enter ids as numbers separated by commas.", errors.get("categoryIds"));
        assertEquals(before, campaigns.campaigns().size(), "nothing stored");
        String html = render("loyalty/campaign", r);
        assertTrue(html.contains("id=\"evg-error-endDay\""), "the problem is shown at its field");
        assertTrue(html.contains("value=\"shoes\""), "the input stays in the form");
    }

    @Test
    void unreadableIdsMonthsAndRatesNeverFailThePage() throws Exception {
        assertEquals(404, mvc.perform(get("/loyalty/campaigns/abc")).andReturn().getResponse().getStatus());
        assertEquals(404, mvc.perform(get("/loyalty/campaigns/987654321")).andReturn().getResponse().getStatus());
        assertEquals(404, mvc.perform(post("/loyalty/campaigns/987654321/end")).andReturn().getResponse().getStatus());
        MvcResult month = mvc.perform(get("/loyalty/campaigns").param("month", "2026-13")).andReturn();
        assertEquals(200, month.getResponse().getStatus());
        assertEquals("\u201c2026-13\u201d is not a month (YYYY-MM); showing this month.", model(month).get(AbstractLoyaltyAdminController.WARNING));
        int rates = campaigns.rates().size();
        MvcResult rate = mvc.perform(post("/loyalty/campaigns/rates").param("target", "PRODUCT").param("targetId", "987654321")
                .param("rate", "2")).andReturn();
        assertEquals("/loyalty/campaigns", rate.getResponse().getRedirectedUrl());
        assertTrue(String.valueOf(rate.getFlashMap().get(AbstractLoyaltyAdminController.WARNING)).contains("No product has the id 987654321."));
        assertEquals(rates, campaigns.rates().size());
        assertFalse(mvc.perform(post("/loyalty/campaigns/rates/xyz/remove")).andReturn().getFlashMap().isEmpty());
    }

    @Test
    void userWithoutTheLoyaltyPermissionIsRefused() throws Exception {
        fixtures.signIn("evg-merch");
        assertEquals(403, mvc.perform(get("/loyalty/campaigns")).andReturn().getResponse().getStatus());
        LocalDate today = campaigns.today();
        assertEquals(403, mvc.perform(form("/loyalty/campaigns/new", "Admin test refused", "2", today, today)).andReturn()
                .getResponse().getStatus());
        assertEquals(before, campaigns.campaigns().size());
    }
}
