package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.AdminViewRenderer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.webhook.DeliveryStatus;
import org.evergreenloyalty.webhook.WebhookAdminService;
import org.evergreenloyalty.webhook.WebhookDelivery;
import org.evergreenloyalty.webhook.WebhookEvents;
import org.evergreenloyalty.webhook.WebhookSubscription;
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

import com.sun.net.httpserver.HttpServer;

/**
 * Loyalty &gt; Webhooks on the real admin context with a receiver on loopback: a bad URL shows a clear message and
 * stores nothing; a new subscription's secret is shown once; "send test event" and resend show up in the delivery
 * log; a subscription the sender disabled after failing shows a notice; users without the permission get 403.
 */
@Tag("broadleaf")
class LoyaltyWebhooksPagesIntegrationTest {

    private ConfigurableApplicationContext ctx;
    private LoyaltyAdminFixtures fixtures;
    private MockMvc mvc;
    private WebhookAdminService webhooks;
    private HttpServer receiver;
    private final AtomicInteger received = new AtomicInteger();
    private volatile int answer = 200;
    private final List<Long> created = new ArrayList<Long>();

    @BeforeEach
    void setUp() throws IOException {
        ctx = AdminTestContext.get();
        AdminTestContext.bindRequest();
        fixtures = new LoyaltyAdminFixtures(ctx);
        mvc = fixtures.mvc();
        webhooks = ctx.getBean("evgWebhookAdminService", WebhookAdminService.class);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", ex -> {
            while (ex.getRequestBody().read() >= 0) {
                // read the body
            }
            received.incrementAndGet();
            ex.sendResponseHeaders(answer, -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void tearDown() {
        for (Long id : created) {
            if (webhooks.subscription(id) != null) {
                webhooks.delete(id);
            }
        }
        receiver.stop(0);
        fixtures.signOut();
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    }

    private String render(String view, MvcResult page) {
        Map<String, Object> model = new HashMap<String, Object>(page.getModelAndView().getModel());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
        return new AdminViewRenderer(ctx, ctx.getBean("blDialect", IDialect.class)).render(view, model);
    }

    private long createThroughThePage() throws Exception {
        MvcResult r = mvc.perform(post("/loyalty/webhooks").param("url", url()).param("events", WebhookEvents.POINTS_EARNED)
                .param("events", WebhookEvents.TIER_CHANGED).param("enabled", "true")).andReturn();
        String target = r.getResponse().getRedirectedUrl();
        assertNotNull(target, "created: " + r.getModelAndView());
        long id = Long.parseLong(target.substring("/loyalty/webhooks/".length()));
        created.add(id);
        return id;
    }

    @Test
    void aBadUrlShowsAClearMessageAndStoresNothing() throws Exception {
        fixtures.signIn("evg-master");
        int before = webhooks.subscriptions().size();
        MvcResult r = mvc.perform(post("/loyalty/webhooks").param("url", "ftp://example.com/hooks")
                .param("events", WebhookEvents.POINTS_EARNED).param("enabled", "true")).andReturn();
        assertEquals(200, r.getResponse().getStatus());
        FormErrors errors = (FormErrors) r.getModelAndView().getModel().get("formErrors");
        assertEquals("The URL must start with http:// or https://, for example https://example.com/hooks/evergreen.", errors.get("url"));
        String html = render("loyalty/webhooks", r);
        assertTrue(html.contains("id=\"evg-error-url\""), html);
        assertTrue(html.contains("value=\"ftp://example.com/hooks\""), "the input is kept");

        MvcResult noEvents = mvc.perform(post("/loyalty/webhooks").param("url", "https://example.com/hooks")).andReturn();
        assertEquals("Choose at least one event.", ((FormErrors) noEvents.getModelAndView().getModel().get("formErrors")).get("events"));
        MvcResult empty = mvc.perform(post("/loyalty/webhooks")).andReturn();
        assertEquals(200, empty.getResponse().getStatus());
        assertEquals(before, webhooks.subscriptions().size(), "nothing stored");
    }

    @Test
    void theSecretIsShownOnceAndTheDeliveryLogShowsTestAndResend() throws Exception {
        fixtures.signIn("evg-master");
        MvcResult r = mvc.perform(post("/loyalty/webhooks").param("url", url()).param("events", WebhookEvents.POINTS_EARNED)
                .param("enabled", "true")).andReturn();
        String target = r.getResponse().getRedirectedUrl();
        long id = Long.parseLong(target.substring("/loyalty/webhooks/".length()));
        created.add(id);
        String secret = webhooks.subscription(id).getSecret();
        assertEquals(secret, r.getFlashMap().get(LoyaltyWebhooksController.SECRET));

        String first = render("loyalty/webhook", mvc.perform(get(target).flashAttrs(r.getFlashMap())).andReturn());
        assertTrue(first.contains(secret), "shown right after it was created");
        String again = render("loyalty/webhook", mvc.perform(get(target)).andReturn());
        assertFalse(again.contains(secret), "never again");
        String list = render("loyalty/webhooks", mvc.perform(get("/loyalty/webhooks")).andReturn());
        assertFalse(list.contains(secret), "not on the list either");
        assertTrue(list.contains(url()));

        MvcResult test = mvc.perform(post(target + "/test")).andReturn();
        assertEquals(target, test.getResponse().getRedirectedUrl());
        assertEquals(1, received.get(), "the test event reached the receiver");
        List<WebhookDelivery> log = webhooks.deliveries(id, 10);
        assertEquals(1, log.size());
        assertEquals(DeliveryStatus.DELIVERED, log.get(0).getStatus());
        assertEquals(WebhookEvents.TEST, log.get(0).getEventType());

        MvcResult resent = mvc.perform(post(target + "/deliveries/" + log.get(0).getId() + "/resend")).andReturn();
        assertEquals(target, resent.getResponse().getRedirectedUrl());
        assertEquals(2, received.get(), "resent");
        String page = render("loyalty/webhook", mvc.perform(get(target)).andReturn());
        assertTrue(page.contains("data-status=\"DELIVERED\""), page);
        assertTrue(page.contains("webhook.test"));
        assertEquals(2, page.split("class=\"evg-webhook-attempt\"", -1).length - 1, "both attempts in the log");

        MvcResult notOurs = mvc.perform(post(target + "/deliveries/abc/resend")).andReturn();
        assertEquals(target, notOurs.getResponse().getRedirectedUrl());
        assertNotNull(notOurs.getFlashMap().get(AbstractLoyaltyAdminController.WARNING));
        assertEquals(404, mvc.perform(get("/loyalty/webhooks/987654321")).andReturn().getResponse().getStatus());
        assertEquals(404, mvc.perform(get("/loyalty/webhooks/x")).andReturn().getResponse().getStatus());
    }

    @Test
    void aSubscriptionDisabledAfterFailuresShowsANotice() throws Exception {
        fixtures.signIn("evg-master");
        long id = createThroughThePage();
        answer = 500;
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/loyalty/webhooks/" + id + "/test")).andReturn();
        }
        WebhookSubscription s = webhooks.subscription(id);
        assertFalse(s.isEnabled(), "disabled after 3 failures in a row (evergreen.webhooks.disableAfterFailures in the test)");
        String html = render("loyalty/webhooks", mvc.perform(get("/loyalty/webhooks")).andReturn());
        assertTrue(html.contains("id=\"evg-webhook-disabled-" + id + "\""), html);
        assertTrue(html.contains("was disabled on"), html);

        MvcResult edit = mvc.perform(post("/loyalty/webhooks/" + id).param("url", "not a url").param("events", WebhookEvents.POINTS_EARNED)
                .param("enabled", "true")).andReturn();
        assertEquals(200, edit.getResponse().getStatus());
        assertFalse(webhooks.subscription(id).isEnabled(), "a refused edit changes nothing");

        mvc.perform(post("/loyalty/webhooks/" + id + "/delete")).andReturn();
        assertEquals(null, webhooks.subscription(id), "deleted");
    }

    @Test
    void withoutTheLoyaltyPermissionWebhooksAre403() throws Exception {
        fixtures.signIn("evg-merch");
        int before = webhooks.subscriptions().size();
        for (MvcResult r : new MvcResult[] {mvc.perform(get("/loyalty/webhooks")).andReturn(),
                mvc.perform(post("/loyalty/webhooks").param("url", url()).param("events", WebhookEvents.POINTS_EARNED)).andReturn()}) {
            assertEquals(403, r.getResponse().getStatus());
            assertFalse(r.getModelAndView().getModel().containsKey("subscriptions"));
        }
        assertEquals(before, webhooks.subscriptions().size());
    }
}
