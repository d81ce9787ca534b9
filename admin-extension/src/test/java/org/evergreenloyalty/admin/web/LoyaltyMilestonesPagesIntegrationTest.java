package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.evergreenloyalty.milestone.Challenge;
import org.evergreenloyalty.milestone.Milestone;
import org.evergreenloyalty.milestone.MilestoneService;
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
 * Loyalty &gt; Milestones on the real admin context: the list renders the seeded milestones, a milestone is switched
 * on and priced, a challenge is created and listed; bad input (end before start, empty goal, negative points, unknown
 * ids) is answered with clear messages while nothing is stored; a user without the loyalty permission is refused.
 */
@Tag("broadleaf")
class LoyaltyMilestonesPagesIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;

    private MockMvc mvc;
    private MilestoneService milestones;
    private EntityManager em;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        milestones = ctx.getBean("evgMilestoneService", MilestoneService.class);
        em = SharedEntityManagerCreator.createSharedEntityManager(ctx.getBean("entityManagerFactory", EntityManagerFactory.class));
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void cleanUp() {
        fixtures.signOut();
        milestones.milestones().forEach(m -> milestones.setEnabled(m.getCode(), false));
        fixtures.inTransaction((TransactionCallback<Void>) status -> {
            em.createNativeQuery("delete from EVG_CHALLENGE where NAME like 'Admin test %'").executeUpdate();
            return null;
        });
    }

    private static MockHttpServletRequestBuilder challenge(String url, String name, String goal, String target, String points,
                                                          String first, String last) {
        return post(url).param("name", name).param("goal", goal).param("target", target).param("points", points)
                .param("startDay", first).param("endDay", last);
    }

    private static Map<String, Object> model(MvcResult r) {
        return r.getModelAndView().getModel();
    }

    private String render(String view, MvcResult r) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        return new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class)).render(view, new HashMap<String, Object>(model(r)));
    }

    private Milestone milestone(String code) {
        return milestones.milestones().stream().filter(m -> m.getCode().equals(code)).findFirst().get();
    }

    private Challenge named(String name) {
        return milestones.challenges().stream().filter(c -> c.getName().equals(name)).findFirst().orElse(null);
    }

    @Test
    void theListShowsTheMilestonesWhichCanBeSwitchedOnAndPriced() throws Exception {
        MvcResult list = mvc.perform(get("/loyalty/milestones")).andReturn();
        assertEquals(200, list.getResponse().getStatus());
        String html = render("loyalty/milestones", list);
        assertTrue(html.contains("data-milestone=\"order-5\""), "the seeded 5th-order milestone is listed");
        assertTrue(html.contains("5th order"), "with its name from the bundle");

        MvcResult on = mvc.perform(post("/loyalty/milestones/order-5/switch").param("on", "true")).andReturn();
        assertEquals("/loyalty/milestones", on.getResponse().getRedirectedUrl());
        assertTrue(milestone("order-5").isEnabled());

        MvcResult priced = mvc.perform(post("/loyalty/milestones/order-5/points").param("points", "250")).andReturn();
        assertEquals("5th order now grants 250 points.", priced.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        assertEquals(250, milestone("order-5").getPoints());

        MvcResult refused = mvc.perform(post("/loyalty/milestones/order-5/points").param("points", "-3")).andReturn();
        assertTrue(String.valueOf(refused.getFlashMap().get(AbstractLoyaltyAdminController.WARNING)).startsWith("Nothing was saved"));
        assertEquals(250, milestone("order-5").getPoints(), "unchanged");
        assertEquals(200, milestones.setPoints("order-5", "100").getPoints() * 2);
    }

    @Test
    void aValidChallengeIsCreatedAndListed() throws Exception {
        LocalDate today = milestones.today();
        MvcResult created = mvc.perform(challenge("/loyalty/milestones/challenges/new", "Admin test reviews", "REVIEWS", "3", "120",
                today.toString(), today.plusDays(10).toString())).andReturn();
        Challenge c = named("Admin test reviews");
        assertNotNull(c, String.valueOf(created.getModelAndView() == null ? "" : model(created).get("challengeErrors")));
        assertEquals("/loyalty/milestones", created.getResponse().getRedirectedUrl());
        String html = render("loyalty/milestones", mvc.perform(get("/loyalty/milestones")).andReturn());
        assertTrue(html.contains("data-challenge-id=\"" + c.getId() + "\""), "listed");
        assertEquals(200, mvc.perform(get("/loyalty/milestones/challenges/" + c.getId())).andReturn().getResponse().getStatus());
    }

    @Test
    void badChallengesAreRefusedWithClearMessagesAndNothingIsStored() throws Exception {
        int before = milestones.challenges().size();
        MvcResult r = mvc.perform(challenge("/loyalty/milestones/challenges/new", "Admin test bad", "", "", "-5",
                "2026-03-10", "2026-03-01")).andReturn();
        assertEquals(200, r.getResponse().getStatus());
        FormErrors errors = (FormErrors) model(r).get("challengeErrors");
        assertEquals("The last day must not be before the first day.", errors.get("endDay"));
        assertEquals("Choose what the challenge counts.", errors.get("goal"));
        assertTrue(errors.get("points").startsWith("Enter whole points from 1 to"));
        assertTrue(errors.has("target"));
        String html = render("loyalty/challenge", r);
        assertTrue(html.contains("The last day must not be before the first day."), "shown at its field");
        assertEquals(before, milestones.challenges().size(), "nothing stored");

        assertEquals(404, mvc.perform(get("/loyalty/milestones/challenges/abc")).andReturn().getResponse().getStatus());
        assertEquals(404, mvc.perform(get("/loyalty/milestones/challenges/987654321")).andReturn().getResponse().getStatus());
        assertEquals(404, mvc.perform(post("/loyalty/milestones/challenges/987654321/switch")).andReturn().getResponse().getStatus());
        MvcResult unknown = mvc.perform(post("/loyalty/milestones/no-such/switch").param("on", "true")).andReturn();
        assertEquals("There is no such milestone.", unknown.getFlashMap().get(AbstractLoyaltyAdminController.WARNING));
    }

    @Test
    void aUserWithoutTheLoyaltyPermissionIsRefused() throws Exception {
        fixtures.signIn("evg-merch");
        assertEquals(403, mvc.perform(get("/loyalty/milestones")).andReturn().getResponse().getStatus());
        assertEquals(403, mvc.perform(post("/loyalty/milestones/order-5/switch").param("on", "true")).andReturn().getResponse().getStatus());
        assertEquals(false, milestone("order-5").isEnabled(), "nothing changed");
    }
}
