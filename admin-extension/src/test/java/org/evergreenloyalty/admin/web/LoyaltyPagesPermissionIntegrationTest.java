package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.List;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.TestMailServer;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.BirthdayFixtures;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.birthday.BirthdayService;
import org.evergreenloyalty.birthday.BirthdaySettingsService;
import org.evergreenloyalty.birthday.RewardView;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.points.OrderPointsLine;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsReversalService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.TierService;
import org.evergreenloyalty.scheduling.HeartbeatJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Every Loyalty page refuses admin users without the loyalty permission (a merchandiser, and a request with
 * nobody signed in) with 403 and the explanation, and changes nothing for them.
 */
@Tag("broadleaf")
class LoyaltyPagesPermissionIntegrationTest {

    private ConfigurableApplicationContext ctx;
    private LoyaltyAdminFixtures fixtures;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
        mvc = fixtures.mvc();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void aUserWithoutTheLoyaltyPermissionGets403OnEveryPageAndChangesNothing() throws Exception {
        PointsAccountService accounts = ctx.getBean("evgPointsAccountService", PointsAccountService.class);
        PointsReversalService reversals = ctx.getBean("evgPointsReversalService", PointsReversalService.class);
        PointsSettingsService settings = ctx.getBean("evgPointsSettingsService", PointsSettingsService.class);
        TierService tiers = ctx.getBean("evgTierService", TierService.class);
        Customer c = fixtures.customer();
        CompletedOrder order = fixtures.order(c, new Object[] {"Lamp", 2, "30.00"});
        OrderPointsLine line = reversals.lines(order.getOrderId()).get(0);
        PointsSettings settingsBefore = settings.current();
        int tiersBefore = tiers.tiers().size();
        HeartbeatJob heartbeat = ctx.getBean("evgHeartbeatJob", HeartbeatJob.class);
        long heartbeatsBefore = heartbeat.getRunCount();
        long pendingBefore = accounts.summary(c.getId()).getBalance().getPending();
        String customerUrl = "/loyalty/customers/" + c.getId();
        String orderUrl = customerUrl + "/orders/" + order.getOrderId();
        BirthdayFixtures birthdayFixtures = new BirthdayFixtures(ctx, fixtures);
        birthdayFixtures.useKnownSettings();
        BirthdayService birthdays = ctx.getBean("evgBirthdayService", BirthdayService.class);
        BirthdaySettingsService birthdaySettings = ctx.getBean("evgBirthdaySettingsService", BirthdaySettingsService.class);
        RewardView reward = birthdayFixtures.rewardToday();
        int mailsBefore = TestMailServer.awaitMessagesTo(reward.getCustomerEmail(), 1, 15_000).size();
        String birthdayUrl = "/loyalty/birthdays/customers/" + c.getId();

        List<RequestBuilder> requests = Arrays.<RequestBuilder>asList(
                get("/loyalty/customers"),
                get("/loyalty/customers").param("q", "shopper"),
                get(customerUrl),
                post(customerUrl + "/adjust").param("points", "1000").param("reason", "Sneaky"),
                post(orderUrl + "/mature"),
                get(orderUrl + "/return"),
                post(orderUrl + "/return").param("returnKey", "k-1").param("quantities[" + line.getOrderItemId() + "]", "1"),
                get("/loyalty/settings"),
                post("/loyalty/settings/points").param("pendingDays", "0").param("pointsPerCurrencyUnit", "99"),
                post("/loyalty/settings/tiers").param("tiers[0].name", "Sneaky").param("tiers[0].threshold", "1")
                        .param("tiers[0].multiplier", "10"),
                post("/loyalty/settings/jobs/heartbeat/run"),
                get("/loyalty/birthdays"),
                get("/loyalty/birthdays").param("year", "all").param("status", "ISSUED"),
                post("/loyalty/birthdays/rewards/" + reward.getId() + "/resend"),
                get("/loyalty/birthdays/settings"),
                post("/loyalty/birthdays/settings").param("daysBefore", "60").param("_enabled", "on"),
                get("/loyalty/birthdays/customers").param("q", "shopper"),
                get(birthdayUrl),
                post(birthdayUrl).param("month", "1").param("day", "1").param("reason", "Sneaky"));

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
                assertNull(r.getResponse().getRedirectedUrl(), what);
                assertFalse(r.getModelAndView().getModel().containsKey("summary"), what + ": nothing of the page is read");
            }
        }

        assertEquals(0, accounts.summary(c.getId()).getBalance().getAvailable());
        assertEquals(pendingBefore, accounts.summary(c.getId()).getBalance().getPending());
        assertFalse(reversals.orderPoints(order.getOrderId()).isMatured());
        assertEquals(0, reversals.lines(order.getOrderId()).get(0).getReturnedQuantity());
        assertEquals(settingsBefore.getPendingDays(), settings.current().getPendingDays());
        assertEquals(0, settingsBefore.getPointsPerCurrencyUnit().compareTo(settings.current().getPointsPerCurrencyUnit()));
        assertEquals(tiersBefore, tiers.tiers().size());
        assertEquals(heartbeatsBefore, heartbeat.getRunCount(), "no job was run");
        try {
            assertNull(birthdays.find(c.getId()), "no birthday was set");
            assertEquals(0, birthdaySettings.current().getDaysBefore());
            assertTrue(birthdaySettings.current().isEnabled());
            assertEquals(mailsBefore, TestMailServer.messagesTo(reward.getCustomerEmail()).size(), "no e-mail was sent again");
        } finally {
            birthdayFixtures.restore();
        }
    }

    @Test
    void theSameRequestsWorkForAUserWithThePermission() throws Exception {
        fixtures.signIn("evg-clerk");
        Customer c = fixtures.customer();
        assertEquals(200, mvc.perform(get("/loyalty/customers")).andReturn().getResponse().getStatus());
        assertEquals(200, mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn().getResponse().getStatus());
        assertEquals(200, mvc.perform(get("/loyalty/settings")).andReturn().getResponse().getStatus());
        assertEquals(200, mvc.perform(get("/loyalty/birthdays")).andReturn().getResponse().getStatus());
        assertEquals(200, mvc.perform(get("/loyalty/birthdays/settings")).andReturn().getResponse().getStatus());
        assertEquals(200, mvc.perform(get("/loyalty/birthdays/customers/" + c.getId())).andReturn().getResponse().getStatus());
    }
}
