package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.List;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.admin.test.ReferralAdminFixtures;
import org.evergreenloyalty.referral.Referral;
import org.evergreenloyalty.referral.ReferralAdminService;
import org.evergreenloyalty.referral.ReferralSettings;
import org.evergreenloyalty.referral.ReferralSettingsService;
import org.evergreenloyalty.referral.ReferralStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Every Loyalty &gt; Referrals page refuses admin users without the loyalty permission (a merchandiser, and a
 * request with nobody signed in) with 403 and the explanation, reads nothing and changes nothing for them.
 */
@Tag("broadleaf")
class LoyaltyReferralPagesPermissionIntegrationTest {

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
    void aUserWithoutTheLoyaltyPermissionGets403OnEveryReferralPageAndChangesNothing() throws Exception {
        ReferralAdminFixtures referrals = new ReferralAdminFixtures(ctx, fixtures);
        ReferralSettingsService settings = ctx.getBean("evgReferralSettingsService", ReferralSettingsService.class);
        ReferralAdminService admin = ctx.getBean("evgReferralAdminService", ReferralAdminService.class);
        ReferralSettings saved = settings.current();
        ReferralSettings rules = saved.copy();
        rules.setRuleSameDevice(true);
        rules.setAdvocateWeeklyLimit(0);
        rules.setIpDailyLimit(0);
        settings.save(rules);
        try {
            Customer advocate = referrals.advocate();
            Customer friend = fixtures.customer();
            Referral flagged = referrals.referFriend(advocate, friend, true);
            referrals.firstOrder(friend, "20.00");
            Referral pending = referrals.referFriend(advocate);
            int flaggedDecisions = admin.decisions(flagged.getId()).size();
            int pendingDecisions = admin.decisions(pending.getId()).size();
            ReferralSettings settingsBefore = settings.current();
            String url = "/loyalty/referrals/";

            List<RequestBuilder> requests = Arrays.<RequestBuilder>asList(
                    get("/loyalty/referrals"),
                    get("/loyalty/referrals").param("status", "FLAGGED"),
                    get(url + flagged.getId()),
                    post(url + flagged.getId() + "/approve").param("reason", "Sneaky"),
                    post(url + pending.getId() + "/reject").param("reason", "Sneaky"),
                    post(url + flagged.getId() + "/returned").param("reason", "Sneaky"),
                    get("/loyalty/referrals/settings"),
                    post("/loyalty/referrals/settings").param("approvalDays", "0").param("ruleSameDevice", "false")
                            .param("_ruleSameDevice", "on"));

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
                    assertFalse(r.getModelAndView().getModel().containsKey("referralPage"), what + ": nothing is read");
                    assertFalse(r.getModelAndView().getModel().containsKey("row"), what + ": nothing is read");
                    assertFalse(r.getModelAndView().getModel().containsKey("referralErrors"), what + ": nothing is read");
                }
            }

            assertEquals(ReferralStatus.FLAGGED, referrals.referralOf(friend.getId()).getStatus());
            assertEquals(ReferralStatus.PENDING, referrals.referralOf(pending.getFriendId()).getStatus());
            assertEquals(flaggedDecisions, admin.decisions(flagged.getId()).size());
            assertEquals(pendingDecisions, admin.decisions(pending.getId()).size());
            assertEquals(settingsBefore.getApprovalDays(), settings.current().getApprovalDays());
            assertEquals(settingsBefore.isRuleSameDevice(), settings.current().isRuleSameDevice());

            fixtures.signIn("evg-clerk");
            assertEquals(200, mvc.perform(get("/loyalty/referrals")).andReturn().getResponse().getStatus(),
                    "a user granted the plain permission gets in");
            assertEquals(200, mvc.perform(get(url + flagged.getId())).andReturn().getResponse().getStatus());
            assertEquals(200, mvc.perform(get("/loyalty/referrals/settings")).andReturn().getResponse().getStatus());
        } finally {
            settings.save(saved);
        }
    }
}
