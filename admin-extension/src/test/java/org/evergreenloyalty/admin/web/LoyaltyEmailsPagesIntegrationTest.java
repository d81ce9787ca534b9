package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.Map;

import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.broadleaf.email.MailPreviews;
import org.evergreenloyalty.lifecycle.LifecycleKind;
import org.evergreenloyalty.lifecycle.LifecycleSwitchService;
import org.junit.jupiter.api.AfterEach;
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
 * Loyalty &gt; E-mails on the real admin context: the list of customer e-mails with their switches, a preview in
 * English and in German rendered by the store's e-mail engine, clear 404s for unknown e-mails, English for an unknown
 * language, and 403 without the loyalty permission.
 */
@Tag("broadleaf")
class LoyaltyEmailsPagesIntegrationTest {

    private LoyaltyAdminFixtures fixtures;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        AdminTestContext.get();
        AdminTestContext.bindRequest();
        fixtures = new LoyaltyAdminFixtures(AdminTestContext.get());
        mvc = fixtures.mvc();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void theListShowsEveryCustomerEmailWithItsSwitchAndPreviewLinks() throws Exception {
        fixtures.signIn("evg-master");
        MvcResult page = mvc.perform(get("/loyalty/emails")).andReturn();
        assertEquals(200, page.getResponse().getStatus());
        String html = render(page);
        for (String template : MailPreviews.TEMPLATES) {
            if (!"test-message".equals(template)) {
                assertTrue(html.contains("data-template=\"" + template + "\""), template + " missing:\n" + html);
            }
        }
        assertTrue(html.contains("Win-back (no order for a while)"), html);
        assertTrue(html.contains("/loyalty/emails?template=win-back&amp;lang=de"), html);
        assertFalse(html.contains("evg-email-preview-frame"), "no preview until one is chosen");
    }

    @Test
    void aChosenEmailIsPreviewedInItsLanguage() throws Exception {
        fixtures.signIn("evg-master");
        String page = render(mvc.perform(get("/loyalty/emails").param("template", "win-back").param("lang", "de")).andReturn());
        assertTrue(page.contains("/loyalty/emails/preview?template=win-back&amp;lang=de"), page);

        MvcResult de = mvc.perform(get("/loyalty/emails/preview").param("template", "win-back").param("lang", "de")).andReturn();
        String german = de.getResponse().getContentAsString();
        assertEquals(200, de.getResponse().getStatus());
        assertTrue(de.getResponse().getContentType().startsWith("text/html"), de.getResponse().getContentType());
        assertTrue(german.contains("Wieder einkaufen"), german);
        assertTrue(german.contains("Bonuspunkte"), german);
        String english = mvc.perform(get("/loyalty/emails/preview").param("template", "win-back").param("lang", "xx"))
                .andReturn().getResponse().getContentAsString();
        assertTrue(english.contains("Shop again"), "an unknown language falls back to English:\n" + english);
    }

    @Test
    void theLifecycleEmailsAreSwitchedOnThisPage() throws Exception {
        LifecycleSwitchService switches = AdminTestContext.get().getBean("evgLifecycleSwitches", LifecycleSwitchService.class);
        boolean before = switches.isOn(LifecycleKind.WIN_BACK);
        fixtures.signIn("evg-master");
        try {
            MvcResult off = mvc.perform(post("/loyalty/emails/switch").param("template", "win-back").param("on", "false")).andReturn();
            assertEquals("/loyalty/emails", off.getResponse().getRedirectedUrl());
            assertEquals("The e-mail \"Win-back (no order for a while)\" is no longer sent.",
                    off.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
            assertFalse(switches.isOn(LifecycleKind.WIN_BACK));
            String html = render(mvc.perform(get("/loyalty/emails")).andReturn());
            int row = html.indexOf("data-template=\"win-back\"");
            assertTrue(html.substring(row, html.indexOf("</tr>", row)).contains("Switch on"), html);

            mvc.perform(post("/loyalty/emails/switch").param("template", "win-back").param("on", "true")).andReturn();
            assertTrue(switches.isOn(LifecycleKind.WIN_BACK));

            MvcResult bad = mvc.perform(post("/loyalty/emails/switch").param("template", "birthday").param("on", "false")).andReturn();
            assertEquals("The e-mail \"birthday\" cannot be switched on this page; nothing was changed.",
                    bad.getFlashMap().get(AbstractLoyaltyAdminController.WARNING));
            MvcResult garbage = mvc.perform(post("/loyalty/emails/switch").param("template", "welcome").param("on", "maybe")).andReturn();
            assertEquals(302, garbage.getResponse().getStatus());
            assertTrue(switches.isOn(LifecycleKind.WIN_BACK), "bad input changes nothing");
        } finally {
            switches.set(LifecycleKind.WIN_BACK, before);
        }
    }

    @Test
    void unknownEmailsAreA404WithAClearMessage() throws Exception {
        fixtures.signIn("evg-master");
        MvcResult page = mvc.perform(get("/loyalty/emails").param("template", "../../etc/passwd")).andReturn();
        assertEquals(404, page.getResponse().getStatus());
        assertEquals("There is no e-mail named \"../../etc/passwd\".", page.getModelAndView().getModel().get("notFoundMessage"));
        MvcResult preview = mvc.perform(get("/loyalty/emails/preview").param("template", "nope")).andReturn();
        assertEquals(404, preview.getResponse().getStatus());
        assertTrue(preview.getResponse().getContentAsString().contains("There is no e-mail named"));
        assertEquals(404, mvc.perform(get("/loyalty/emails/preview")).andReturn().getResponse().getStatus());
    }

    /** The page's view rendered with its model, as the admin frame shows it. */
    private static String render(MvcResult page) {
        Map<String, Object> model = new HashMap<String, Object>(page.getModelAndView().getModel());
        assertEquals("loyalty/emails", model.get("viewType"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        ConfigurableApplicationContext ctx = AdminTestContext.get();
        return new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class)).render("loyalty/emails", model);
    }

    @Test
    void usersWithoutTheLoyaltyPermissionSeeNothing() throws Exception {
        fixtures.signIn("evg-merch");
        assertEquals(403, mvc.perform(get("/loyalty/emails")).andReturn().getResponse().getStatus());
        LifecycleSwitchService switches = AdminTestContext.get().getBean("evgLifecycleSwitches", LifecycleSwitchService.class);
        boolean before = switches.isOn(LifecycleKind.STATEMENT);
        assertEquals(403, mvc.perform(post("/loyalty/emails/switch").param("template", "statement").param("on", String.valueOf(!before)))
                .andReturn().getResponse().getStatus());
        assertEquals(before, switches.isOn(LifecycleKind.STATEMENT), "nothing switched");
        MvcResult preview = mvc.perform(get("/loyalty/emails/preview").param("template", "welcome")).andReturn();
        assertEquals(403, preview.getResponse().getStatus());
        assertFalse(preview.getResponse().getContentAsString().contains("Hello"));
    }
}
