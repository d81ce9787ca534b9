package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.evergreenloyalty.admin.insights.Dashboard;
import org.evergreenloyalty.admin.insights.ReportTable;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.insights.InsightsSettings;
import org.evergreenloyalty.insights.InsightsSettingsService;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.test.FunnelRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.dialect.IDialect;

/**
 * Loyalty &gt; Dashboard on the real admin context: renders (tables, SVG charts, CSV links) for the loyalty
 * permission and for the read-only "View Loyalty Reports" permission (without the setting form); refused (403) to
 * others, CSV included; each CSV has the page's numbers; bad periods get a clear message and status 400, never
 * 500; the expected redemption % is validated and only loyalty managers may change it.
 */
@Tag("broadleaf")
class LoyaltyDashboardPagesIntegrationTest {

    private ConfigurableApplicationContext ctx;
    private LoyaltyAdminFixtures fixtures;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        ctx = AdminTestContext.get();
        AdminTestContext.bindRequest();
        fixtures = new LoyaltyAdminFixtures(ctx);
        mvc = fixtures.mvc();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private Map<String, Object> model(MvcResult r) {
        return new HashMap<String, Object>(r.getModelAndView().getModel());
    }

    @Test
    void theDashboardRendersForLoyaltyManagersWithChartsTablesAndTheSetting() throws Exception {
        ctx.getBean("evgPointsAccountService", PointsAccountService.class).grantBonus(fixtures.customer().getId(), 250,
                "bonus:dashboard:" + LoyaltyAdminFixtures.unique(), "test", "test", null);
        String now = ctx.getBean("evgClock", Clock.class).now().toInstant().toString();
        new TransactionTemplate(ctx.getBean("blTransactionManager", PlatformTransactionManager.class)).execute(status -> {
            new FunnelRows(SharedEntityManagerCreator.createSharedEntityManager(ctx.getBean("entityManagerFactory",
                    javax.persistence.EntityManagerFactory.class))).visit(1L, now);
            return null;
        });
        fixtures.signIn("evg-master");
        MvcResult r = mvc.perform(get("/loyalty/dashboard")).andReturn();
        assertEquals(200, r.getResponse().getStatus());
        Map<String, Object> model = model(r);
        assertEquals("loyalty/dashboard", model.get("viewType"));
        Dashboard d = (Dashboard) model.get("dashboard");
        assertEquals(30, d.getPeriod().days(), "the last 30 days by default");
        assertEquals(Arrays.asList("finance", "health", "rollforward", "members", "estimate", "retentionMonths",
                "retentionQuarters", "cohorts", "referrals", "advocates", "reviews", "nps", "birthdays", "tiers", "tierMoves"),
                ids(d.getTables()));
        assertTrue(Long.parseLong(d.table("referrals").getRows().get(0).get(1)) >= 1, "the followed link is counted");
        assertEquals(Arrays.asList("referrals", "reviews", "birthdays"), new java.util.ArrayList<String>(d.getFunnelCharts().keySet()));
        assertTrue(Long.parseLong(d.table("health").getRows().get(0).get(1)) >= 250, "the bonus is issued in the period");
        assertEquals(Boolean.TRUE, model.get("mayMaintain"));

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        String html = new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class)).render("loyalty/dashboard", model);
        assertTrue(html.contains("<svg"), "server-rendered charts");
        assertTrue(html.contains("id=\"evg-dash-rollforward\""));
        assertTrue(html.contains("id=\"evg-dash-chart-referrals\""), "funnel charts");
        assertTrue(html.contains("Referral funnel") && html.contains("Satisfaction (NPS) per month"), "funnel tables");
        assertTrue(html.contains("Redemption rate (%)"), "metric names from the bundle");
        assertTrue(html.contains("href=\"/loyalty/dashboard/csv/health?period=last30\""), html);
        assertTrue(html.contains("id=\"evg-dash-settings\""), "managers may change the expected redemption");
        assertFalse(html.contains("??"), "every text has a message");
    }

    @Test
    void readOnlyReportUsersSeeTheDashboardButCannotChangeTheSetting() throws Exception {
        InsightsSettingsService settings = ctx.getBean("evgInsightsSettingsService", InsightsSettingsService.class);
        int before = settings.current().getExpectedRedemptionPercent();
        fixtures.signIn("evg-finance");
        MvcResult r = mvc.perform(get("/loyalty/dashboard").param("period", "last90")).andReturn();
        assertEquals(200, r.getResponse().getStatus());
        assertEquals(Boolean.FALSE, model(r).get("mayMaintain"));
        assertEquals(200, mvc.perform(get("/loyalty/dashboard/csv/finance")).andReturn().getResponse().getStatus());
        MvcResult save = mvc.perform(post("/loyalty/dashboard/settings").param("expectedRedemptionPercent", "10")).andReturn();
        assertEquals(403, save.getResponse().getStatus());
        assertEquals(before, settings.current().getExpectedRedemptionPercent());
        assertEquals(403, mvc.perform(get("/loyalty/customers")).andReturn().getResponse().getStatus(),
                "reports only: the other loyalty pages stay closed");
    }

    @Test
    void othersAreRefusedEverywhereOnTheDashboard() throws Exception {
        List<RequestBuilder> requests = Arrays.<RequestBuilder>asList(get("/loyalty/dashboard"),
                get("/loyalty/dashboard/csv/health"), post("/loyalty/dashboard/settings").param("expectedRedemptionPercent", "50"));
        for (String login : new String[] {"evg-merch", null}) {
            if (login == null) {
                fixtures.signOut();
            } else {
                fixtures.signIn(login);
            }
            for (RequestBuilder request : requests) {
                MvcResult r = mvc.perform(request).andReturn();
                String what = login + " " + r.getRequest().getRequestURI();
                assertEquals(403, r.getResponse().getStatus(), what);
                assertFalse(r.getResponse().getContentAsString().contains("Opening"), what);
                if (r.getModelAndView() != null) {
                    assertNull(r.getModelAndView().getModel().get("dashboard"), what);
                }
            }
        }
    }

    @Test
    void everyCsvHasTheNumbersOfThePage() throws Exception {
        fixtures.signIn("evg-master");
        String[] params = {"period", "custom", "from", "2026-01-01", "to", "2026-03-31"};
        Dashboard d = (Dashboard) model(mvc.perform(withParams(get("/loyalty/dashboard"), params)).andReturn()).get("dashboard");
        assertNotNull(d);
        for (ReportTable t : d.getTables()) {
            MvcResult csv = mvc.perform(withParams(get("/loyalty/dashboard/csv/" + t.getId()), params)).andReturn();
            assertEquals(200, csv.getResponse().getStatus(), t.getId());
            assertTrue(csv.getResponse().getContentType().startsWith("text/csv"));
            String body = csv.getResponse().getContentAsString();
            assertTrue(body.contains("\r\n"), "RFC 4180 lines end with CRLF");
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(body)).getRecords();
            assertEquals(t.getRows().size() + 1, records.size(), t.getId());
            for (int i = 0; i < t.getRows().size(); i++) {
                List<String> page = t.getRows().get(i);
                for (int c = 1; c < page.size(); c++) {
                    assertEquals(page.get(c) == null ? "" : page.get(c), records.get(i + 1).get(c), t.getId() + " row " + i);
                }
            }
        }
        String finance = mvc.perform(withParams(get("/loyalty/dashboard/csv/finance"), params)).andReturn().getResponse()
                .getContentAsString();
        assertTrue(finance.startsWith("Figure,This period,Previous period\r\n"), finance);
    }

    @Test
    void badPeriodsGetAClearMessageAndNeverAnError() throws Exception {
        fixtures.signIn("evg-clerk");
        assertMessage(400, "The first day (2026-03-05) is after the last day (2026-03-01). Please swap them.",
                "period", "custom", "from", "2026-03-05", "to", "2026-03-01");
        assertMessage(400, "'31.02.2026' is not a date. Please use the form 2026-03-31.",
                "period", "custom", "from", "31.02.2026", "to", "2026-03-01");
        assertMessage(400, "Please choose a period: a first and a last day.", "period", "custom", "from", "2026-03-05");
        assertMessage(400, "'2026-13' is not a month. Please use the form 2026-03.", "period", "month", "month", "2026-13");
        assertMessage(400, "Unknown period '<script>'.", "period", "<script>");
        assertMessage(400, "A report covers at most 3660 days. Please choose a shorter period.",
                "period", "custom", "from", "1990-01-01", "to", "2026-01-01");
        assertEquals(200, mvc.perform(get("/loyalty/dashboard").param("period", "month").param("month", "2026-02")
                .param("unit", "nonsense")).andReturn().getResponse().getStatus());
        MvcResult csv = mvc.perform(get("/loyalty/dashboard/csv/health").param("period", "custom").param("from", "x")).andReturn();
        assertEquals(400, csv.getResponse().getStatus());
        assertEquals("'x' is not a date. Please use the form 2026-03-31.", csv.getResponse().getContentAsString());
        assertEquals(404, mvc.perform(get("/loyalty/dashboard/csv/nothing")).andReturn().getResponse().getStatus());
    }

    @Test
    void theExpectedRedemptionIsValidatedAndSavedByManagers() throws Exception {
        InsightsSettingsService settings = ctx.getBean("evgInsightsSettingsService", InsightsSettingsService.class);
        int before = settings.current().getExpectedRedemptionPercent();
        fixtures.signIn("evg-master");
        try {
            for (String bad : new String[] {"150", "-1", "abc", ""}) {
                MvcResult r = mvc.perform(post("/loyalty/dashboard/settings").param("expectedRedemptionPercent", bad)).andReturn();
                assertEquals("/loyalty/dashboard", r.getResponse().getRedirectedUrl());
                assertEquals("Please enter a whole number from 0 to 100.", r.getFlashMap().get(AbstractLoyaltyAdminController.WARNING), bad);
                assertEquals(before, settings.current().getExpectedRedemptionPercent(), "nothing saved for " + bad);
            }
            MvcResult ok = mvc.perform(post("/loyalty/dashboard/settings").param("expectedRedemptionPercent", "65")).andReturn();
            assertNotNull(ok.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
            assertEquals(65, settings.current().getExpectedRedemptionPercent());
        } finally {
            settings.save(new InsightsSettings(before));
        }
    }

    private void assertMessage(int status, String message, String... params) throws Exception {
        MvcResult r = mvc.perform(withParams(get("/loyalty/dashboard"), params)).andReturn();
        assertEquals(status, r.getResponse().getStatus(), Arrays.toString(params));
        assertEquals(message, r.getModelAndView().getModel().get(AbstractLoyaltyAdminController.WARNING));
        assertNull(r.getModelAndView().getModel().get("dashboard"));
        assertEquals("loyalty/dashboard", r.getModelAndView().getModel().get("viewType"));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder withParams(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder b, String... params) {
        for (int i = 0; i + 1 < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        return b;
    }

    private static List<String> ids(List<ReportTable> tables) {
        List<String> ids = new ArrayList<String>();
        for (ReportTable t : tables) {
            ids.add(t.getId());
        }
        return ids;
    }
}
