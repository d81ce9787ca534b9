package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.integrity.FindingRow;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.integrity.IntegrityRun;
import org.evergreenloyalty.integrity.IntegrityService;
import org.evergreenloyalty.points.PointsAccountService;
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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.dialect.IDialect;

/**
 * Loyalty &gt; Integrity on the real admin context: "Run check now" runs the check as the signed-in admin and the page
 * shows the stored run with a planted balance mismatch and a planted REDEEM of an order without a points discount,
 * linked to the customer and the order, the button carrying Broadleaf's CSRF token; bad parameters never fail; users
 * without the loyalty permission get 403, see nothing and start no run.
 */
@Tag("broadleaf")
class LoyaltyIntegrityPagesIntegrationTest {

    private ConfigurableApplicationContext ctx;
    private LoyaltyAdminFixtures fixtures;
    private MockMvc mvc;
    private IntegrityService integrity;
    private EntityManager em;
    private Runnable undo;

    @BeforeEach
    void setUp() {
        ctx = AdminTestContext.get();
        AdminTestContext.bindRequest();
        fixtures = new LoyaltyAdminFixtures(ctx);
        mvc = fixtures.mvc();
        integrity = ctx.getBean("evgIntegrityService", IntegrityService.class);
        em = SharedEntityManagerCreator.createSharedEntityManager(ctx.getBean("entityManagerFactory", EntityManagerFactory.class));
    }

    @AfterEach
    void restore() {
        if (undo != null) {
            undo.run();
            undo = null;
        }
        fixtures.signOut();
    }

    private void sql(String statement, Object... params) {
        fixtures.inTransaction(s -> {
            javax.persistence.Query q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.executeUpdate();
        });
    }

    @Test
    void runCheckNowShowsTheFindingsWithLinksToCustomerAndOrder() throws Exception {
        Customer c = fixtures.customer();
        ctx.getBean("evgPointsAccountService", PointsAccountService.class)
                .grantBonus(c.getId(), 300, "bonus:integrity-admin:" + c.getId(), "test", "test", null);
        String number = fixtures.broadleafOrder(c);
        long orderId = fixtures.inTransaction(s -> ((Number) em.createNativeQuery("select ORDER_ID from BLC_ORDER where ORDER_NUMBER = ?1")
                .setParameter(1, number).getSingleResult()).longValue());
        long entryId = -7_390_000L - LoyaltyAdminFixtures.unique();
        sql("update EVG_LOYALTY_ACCOUNT set AVAILABLE = AVAILABLE + 11 where CUSTOMER_ID = ?1", c.getId());
        sql("insert into EVG_LEDGER_ENTRY (ENTRY_ID, CUSTOMER_ID, ENTRY_TYPE, AVAILABLE_DELTA, PENDING_DELTA, EARNED_DELTA, AVAILABLE_AFTER, "
                + "EVENT_KEY, SOURCE_TYPE, SOURCE_ID, REASON, ACTOR, CREATED_AT) values (?1, ?2, 'REDEEM', 0, 0, 0, 0, ?3, 'order', ?4, "
                + "'planted', 'test', ?5)", entryId, c.getId(), "planted:" + entryId, String.valueOf(orderId), new java.util.Date());
        undo = () -> {
            sql("update EVG_LOYALTY_ACCOUNT set AVAILABLE = AVAILABLE - 11 where CUSTOMER_ID = ?1", c.getId());
            sql("delete from EVG_LEDGER_ENTRY where ENTRY_ID = ?1", entryId);
        };
        fixtures.signIn("evg-master");

        MvcResult ran = mvc.perform(post("/loyalty/integrity/run")).andReturn();
        assertEquals("/loyalty/integrity", ran.getResponse().getRedirectedUrl());
        assertTrue(String.valueOf(ran.getFlashMap().get(AbstractLoyaltyAdminController.WARNING)).startsWith("The check ran: "),
                String.valueOf(ran.getFlashMap()));
        IntegrityRun run = integrity.latestRun();
        assertEquals("evg-master", run.getTriggeredBy());

        MvcResult page = mvc.perform(get("/loyalty/integrity")).andReturn();
        assertEquals(200, page.getResponse().getStatus());
        Map<String, Object> model = new HashMap<String, Object>(page.getModelAndView().getModel());
        assertEquals("loyalty/integrity", model.get("viewType"));
        assertEquals(run.getId(), ((IntegrityRun) model.get("integrityRun")).getId());
        @SuppressWarnings("unchecked")
        List<FindingRow> rows = (List<FindingRow>) model.get("findings");
        assertTrue(rows.stream().anyMatch(r -> "AVAILABLE_DIFFERS".equals(r.getKind()) && c.getId().equals(r.getCustomerId())),
                "the corrupted balance is listed");
        assertTrue(rows.stream().anyMatch(r -> "ORDER_WITHOUT_DISCOUNT".equals(r.getKind()) && r.isOrderLinked()
                && Long.valueOf(orderId).equals(r.getOrderId())), "the REDEEM of an order without discount is listed");

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        String html = new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class)).render("loyalty/integrity", model);
        assertTrue(html.contains("href=\"/loyalty/customers/" + c.getId() + "\""), "customer linked");
        assertTrue(html.contains("href=\"/order/" + orderId + "\""), "order linked");
        assertTrue(html.contains("Customer " + c.getId() + ": available balance 311, but the entries add up to 300."), html);
        int form = html.indexOf("id=\"evg-integrity-run-form\"");
        assertTrue(form >= 0);
        assertTrue(html.substring(form, html.indexOf("</form>", form)).contains("name=\"csrfToken\""), "Run check now carries the CSRF token");
        assertFalse(html.contains("<blc:form"));
        assertTrue(html.contains("id=\"evg-integrity-orders\""));
    }

    @Test
    void theOrdersTheRecoverySweepBookedAreListedWithTheirPoints() throws Exception {
        Customer c = fixtures.customer();
        long orderId = -7_391_000L - LoyaltyAdminFixtures.unique();
        sql("insert into EVG_PROCESSED_ORDER (ORDER_ID, CUSTOMER_ID, ORDER_NUMBER, PROCESSED_AT, RECOVERED) values (?1, ?2, ?3, ?4, ?5)",
                orderId, c.getId(), "R" + (-orderId), new java.util.Date(), Boolean.TRUE);
        undo = () -> sql("delete from EVG_PROCESSED_ORDER where ORDER_ID = ?1", orderId);
        fixtures.signIn("evg-master");

        MvcResult page = mvc.perform(get("/loyalty/integrity")).andReturn();
        assertEquals(200, page.getResponse().getStatus());
        Map<String, Object> model = new HashMap<String, Object>(page.getModelAndView().getModel());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        String html = new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class)).render("loyalty/integrity", model);
        assertTrue(html.contains("id=\"evg-integrity-recovered\""), html);
        assertTrue(html.contains("data-order=\"" + orderId + "\""), "the repaired order is listed");
        assertTrue(html.contains(">R" + (-orderId) + "</a>"), "with its number, linked");
        assertFalse(html.contains("id=\"evg-integrity-recovered-none\""));
    }

    @Test
    void badParametersNeverFail() throws Exception {
        fixtures.signIn("evg-clerk");
        assertEquals(200, mvc.perform(get("/loyalty/integrity").param("run", "abc").param("page", "-4")).andReturn().getResponse().getStatus());
        assertEquals(200, mvc.perform(get("/loyalty/integrity").param("page", "99999999999999999999")).andReturn().getResponse().getStatus());
        MvcResult missing = mvc.perform(get("/loyalty/integrity").param("run", "987654321")).andReturn();
        assertEquals(404, missing.getResponse().getStatus());
        assertEquals("There is no integrity run 987654321.", missing.getModelAndView().getModel().get("notFoundMessage"));
    }

    @Test
    void withoutTheLoyaltyPermissionEveryIntegrityUrlIs403AndNoCheckRuns() throws Exception {
        IntegrityRun before = integrity.latestRun();
        List<RequestBuilder> requests = Arrays.<RequestBuilder>asList(get("/loyalty/integrity"),
                get("/loyalty/integrity").param("run", "1"), post("/loyalty/integrity/run"));
        for (String login : new String[] {"evg-merch", null}) {
            if (login == null) {
                fixtures.signOut();
            } else {
                fixtures.signIn(login);
            }
            for (RequestBuilder request : requests) {
                MvcResult r = mvc.perform(request).andReturn();
                String what = login + " " + r.getRequest().getMethod() + " " + r.getRequest().getRequestURI();
                assertEquals(403, r.getResponse().getStatus(), what);
                assertEquals("loyalty/noLoyaltyAccess", r.getModelAndView().getModel().get("viewType"), what);
                assertFalse(r.getModelAndView().getModel().containsKey("integrityRun"), what);
                assertFalse(r.getModelAndView().getModel().containsKey("findings"), what);
                assertNull(r.getResponse().getRedirectedUrl(), what);
            }
        }
        IntegrityRun after = integrity.latestRun();
        assertEquals(before == null ? null : before.getId(), after == null ? null : after.getId(), "no run was started");
    }
}
