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
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.admin.test.ReviewFixtures;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.review.ModerationMode;
import org.evergreenloyalty.review.ReviewAdminService;
import org.evergreenloyalty.review.ReviewRow;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.review.ReviewSettingsService;
import org.evergreenloyalty.review.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Every Loyalty &gt; Reviews URL refuses admin users without the loyalty permission (a merchandiser, and a request
 * with nobody signed in) with 403 and the explanation, reads nothing for them and changes nothing.
 */
@Tag("broadleaf")
class LoyaltyReviewPagesPermissionIntegrationTest {

    private ConfigurableApplicationContext ctx;
    private LoyaltyAdminFixtures fixtures;
    private ReviewFixtures reviewData;
    private MockMvc mvc;
    private ReviewSettingsService settings;
    private ReviewSettings before;

    @BeforeEach
    void setUp() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
        reviewData = new ReviewFixtures(ctx);
        mvc = fixtures.mvc();
        settings = ctx.getBean("evgReviewSettingsService", ReviewSettingsService.class);
        before = settings.current();
        ReviewSettings s = settings.current();
        s.setModeration(ModerationMode.MODERATE_ALL);
        s.setRewardPoints(50);
        settings.save(s);
    }

    @AfterEach
    void restore() {
        fixtures.signOut();
        settings.save(before);
    }

    @Test
    void aUserWithoutTheLoyaltyPermissionGets403OnEveryReviewsUrlAndChangesNothing() throws Exception {
        ReviewAdminService reviews = ctx.getBean("evgReviewAdminService", ReviewAdminService.class);
        PointsAccountService accounts = ctx.getBean("evgPointsAccountService", PointsAccountService.class);
        Customer c = fixtures.customer();
        long a = reviewData.pendingReview(c, "Lamp", "Title", "Text").getReviewId();
        long b = reviewData.pendingReview(c, "Mug", "Title", "Text").getReviewId();
        ReviewSettings settingsBefore = settings.current();
        String id = String.valueOf(a);

        List<RequestBuilder> requests = Arrays.<RequestBuilder>asList(
                get("/loyalty/reviews"),
                get("/loyalty/reviews").param("page", "2"),
                get("/loyalty/reviews/all"),
                get("/loyalty/reviews/all").param("status", "APPROVED"),
                get("/loyalty/reviews/" + id),
                post("/loyalty/reviews/" + id + "/approve"),
                post("/loyalty/reviews/" + id + "/approve").param("back", "review"),
                post("/loyalty/reviews/" + id + "/reject").param("reason", "Sneaky"),
                post("/loyalty/reviews/" + id + "/reject").param("reason", "Sneaky").param("back", "review"),
                post("/loyalty/reviews/bulk").param("action", "approve").param("ids", id, String.valueOf(b)),
                post("/loyalty/reviews/bulk").param("action", "reject").param("ids", id, String.valueOf(b)).param("reason", "Sneaky"),
                get("/loyalty/reviews/stats"),
                get("/loyalty/reviews/stats").param("from", "2005-01-01").param("to", "2005-01-31"),
                get("/loyalty/reviews/settings"),
                post("/loyalty/reviews/settings").param("rewardPoints", "100000").param("delayDays", "0")
                        .param("moderation", "AUTO_APPROVE").param("trigger", "SUBMITTED"),
                get("/loyalty/reviews/987654321"));

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
                for (String attribute : new String[] {"reviews", "review", "stats", "settingsErrors", "notFoundMessage"}) {
                    assertFalse(r.getModelAndView().getModel().containsKey(attribute), what + ": nothing of the page is read");
                }
                assertTrue(r.getFlashMap().isEmpty(), what);
            }
        }

        for (long review : new long[] {a, b}) {
            ReviewRow row = reviews.get(review);
            assertEquals(ReviewStatus.PENDING, row.getStatus());
            assertNull(row.getDecidedAt());
            assertNull(row.getRejectReason());
        }
        assertEquals(0, accounts.summary(c.getId()).getBalance().getAvailable(), "no reward was granted");
        ReviewSettings now = settings.current();
        assertEquals(settingsBefore.getRewardPoints(), now.getRewardPoints());
        assertEquals(settingsBefore.getDelayDays(), now.getDelayDays());
        assertEquals(settingsBefore.getModeration(), now.getModeration());
    }

    @Test
    void theSamePagesWorkForAUserWithThePermission() throws Exception {
        fixtures.signIn("evg-clerk");
        long id = reviewData.pendingReview(fixtures.customer(), "Cup", null, "Fine.").getReviewId();
        for (String url : new String[] {"/loyalty/reviews", "/loyalty/reviews/all", "/loyalty/reviews/" + id,
                                         "/loyalty/reviews/stats", "/loyalty/reviews/settings"}) {
            assertEquals(200, mvc.perform(get(url)).andReturn().getResponse().getStatus(), url);
        }
        MvcResult approve = mvc.perform(post("/loyalty/reviews/" + id + "/approve")).andReturn();
        assertEquals("/loyalty/reviews", approve.getResponse().getRedirectedUrl());
        assertEquals("evg-clerk", ctx.getBean("evgReviewAdminService", ReviewAdminService.class).get(id).getDecidedBy());
    }
}
