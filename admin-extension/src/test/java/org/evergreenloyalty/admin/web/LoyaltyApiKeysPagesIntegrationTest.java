package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.apikey.ApiKey;
import org.evergreenloyalty.apikey.ApiKeyService;
import org.evergreenloyalty.apikey.ApiScope;
import org.evergreenloyalty.support.Clock;
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
 * Loyalty &gt; API keys on the real admin context: a new key's secret is shown once and the list shows only its
 * prefix; revoking works; an empty name, a bad scope or a past expiry day shows a clear message and stores nothing;
 * users without the loyalty permission get 403 and change nothing.
 */
@Tag("broadleaf")
class LoyaltyApiKeysPagesIntegrationTest {

    private ConfigurableApplicationContext ctx;
    private LoyaltyAdminFixtures fixtures;
    private MockMvc mvc;
    private ApiKeyService keys;

    @BeforeEach
    void setUp() {
        ctx = AdminTestContext.get();
        AdminTestContext.bindRequest();
        fixtures = new LoyaltyAdminFixtures(ctx);
        mvc = fixtures.mvc();
        keys = ctx.getBean("evgApiKeyService", ApiKeyService.class);
    }

    @AfterEach
    void tearDown() {
        fixtures.signOut();
    }

    private String render(MvcResult page) {
        Map<String, Object> model = new HashMap<String, Object>(page.getModelAndView().getModel());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        return new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class)).render("loyalty/apiKeys", model);
    }

    /** The table row of {@code key} in the rendered list. */
    private static String row(String html, ApiKey key) {
        int start = html.indexOf("data-id=\"" + key.getId() + "\"");
        assertTrue(start > 0, "the key is listed");
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private ApiKey newest() {
        List<ApiKey> all = keys.keys();
        return all.isEmpty() ? null : all.get(0);
    }

    @Test
    void aNewKeysSecretIsShownOnceAndTheListShowsOnlyItsPrefix() throws Exception {
        fixtures.signIn("evg-master");
        MvcResult created = mvc.perform(post("/loyalty/api-keys").param("name", "ERP connector").param("scope", "WRITE")).andReturn();
        assertEquals("/loyalty/api-keys", created.getResponse().getRedirectedUrl());
        String secret = (String) created.getFlashMap().get(LoyaltyApiKeysController.SECRET);
        assertNotNull(secret);
        ApiKey key = newest();
        assertEquals("ERP connector", key.getName());
        assertEquals(ApiScope.WRITE, key.getScope());
        assertEquals("evg-master", key.getCreatedBy());
        assertNull(key.getExpiresAt());
        assertTrue(secret.startsWith(key.getPrefix() + "_"));

        String first = render(mvc.perform(get("/loyalty/api-keys").flashAttrs(created.getFlashMap())).andReturn());
        assertTrue(first.contains(secret), "shown right after it was created");
        String list = render(mvc.perform(get("/loyalty/api-keys")).andReturn());
        assertFalse(list.contains(secret), "never again");
        assertFalse(list.contains(secret.substring(key.getPrefix().length() + 1)), "no part of the secret");
        assertTrue(list.contains(key.getPrefix()), "the prefix identifies it");
        assertTrue(list.contains("ERP connector"));
        assertTrue(row(list, key).contains("not used yet"), row(list, key));
        assertEquals(key.getId(), keys.find(secret).getId(), "the shown secret is the key (found as an API call finds it)");
        String used = render(mvc.perform(get("/loyalty/api-keys")).andReturn());
        assertFalse(row(used, key).contains("not used yet"), "the last use is shown: " + row(used, key));

        MvcResult revoked = mvc.perform(post("/loyalty/api-keys/" + key.getId() + "/revoke")).andReturn();
        assertEquals("/loyalty/api-keys", revoked.getResponse().getRedirectedUrl());
        assertTrue(keys.key(key.getId()).isRevoked());
        String after = render(mvc.perform(get("/loyalty/api-keys")).andReturn());
        assertTrue(after.contains("revoked"), after);
        assertEquals(404, mvc.perform(post("/loyalty/api-keys/987654321/revoke")).andReturn().getResponse().getStatus());
        assertEquals(404, mvc.perform(post("/loyalty/api-keys/x/revoke")).andReturn().getResponse().getStatus());
    }

    @Test
    void anExpiryDayIsKeptAndBadInputShowsAClearMessageAndStoresNothing() throws Exception {
        fixtures.signIn("evg-master");
        Clock clock = ctx.getBean("evgClock", Clock.class);
        LocalDate today = clock.now().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        int before = keys.keys().size();
        String[][] cases = {
            {"", "READ", "", "name", "Enter a name for the key, e.g. the server that uses it."},
            {"   ", "READ", "", "name", "Enter a name for the key, e.g. the server that uses it."},
            {"Bad scope", "ADMIN", "", "scope", "Choose read or read and write."},
            {"Past", "READ", today.minusDays(1).toString(), "expiresOn", "The key cannot expire in the past: enter today or a later day."},
            {"Malformed", "READ", "31.12.2027", "expiresOn", "Enter the day as yyyy-mm-dd, e.g. 2027-12-31."},
        };
        for (String[] c : cases) {
            MvcResult r = mvc.perform(post("/loyalty/api-keys").param("name", c[0]).param("scope", c[1]).param("expiresOn", c[2])).andReturn();
            assertEquals(200, r.getResponse().getStatus(), c[0]);
            FormErrors errors = (FormErrors) r.getModelAndView().getModel().get("formErrors");
            assertEquals(c[4], errors.get(c[3]), c[0]);
            String html = render(r);
            assertTrue(html.contains("id=\"evg-error-" + c[3] + "\""), html);
        }
        assertEquals(200, mvc.perform(post("/loyalty/api-keys")).andReturn().getResponse().getStatus(), "no fields at all");
        assertEquals(before, keys.keys().size(), "nothing stored");

        MvcResult dated = mvc.perform(post("/loyalty/api-keys").param("name", "Until next year").param("scope", "READ")
                .param("expiresOn", today.plusYears(1).toString())).andReturn();
        assertNotNull(dated.getResponse().getRedirectedUrl());
        ApiKey key = newest();
        assertEquals("Until next year", key.getName());
        assertEquals(today.plusYears(1).plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant(), key.getExpiresAt().toInstant(),
                "works until the day ends");
        keys.revoke(key.getId());
    }

    @Test
    void withoutTheLoyaltyPermissionApiKeysAre403() throws Exception {
        fixtures.signIn("evg-master");
        mvc.perform(post("/loyalty/api-keys").param("name", "Existing").param("scope", "READ")).andReturn();
        ApiKey existing = newest();
        fixtures.signOut();
        int before = keys.keys().size();
        for (String user : new String[] {"evg-merch", "evg-finance"}) {
            fixtures.signIn(user);
            for (MvcResult r : new MvcResult[] {mvc.perform(get("/loyalty/api-keys")).andReturn(),
                    mvc.perform(post("/loyalty/api-keys").param("name", "Sneaky").param("scope", "WRITE")).andReturn(),
                    mvc.perform(post("/loyalty/api-keys/" + existing.getId() + "/revoke")).andReturn()}) {
                assertEquals(403, r.getResponse().getStatus(), user);
            }
            fixtures.signOut();
        }
        assertEquals(before, keys.keys().size(), "nothing created");
        assertFalse(keys.key(existing.getId()).isRevoked(), "nothing revoked");
        keys.revoke(existing.getId());
    }
}
