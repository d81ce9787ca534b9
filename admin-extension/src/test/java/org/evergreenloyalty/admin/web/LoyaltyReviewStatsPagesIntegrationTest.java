package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.Map;
import java.util.TimeZone;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.reviews.StatsPeriodForm;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.test.TestMailServer;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.admin.test.ReviewFixtures;
import org.evergreenloyalty.review.ModerationMode;
import org.evergreenloyalty.review.RequestOutcome;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.review.ReviewSettingsService;
import org.evergreenloyalty.review.ReviewStats;
import org.evergreenloyalty.review.ReviewTrigger;
import org.evergreenloyalty.support.AdjustableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The statistics of Loyalty &gt; Reviews on the real admin context: with the module's clock moved to a month of
 * its own (June 2005), requests and a reminder are e-mailed (to the test's SMTP server), reviews submitted and
 * decided in the admin, satisfaction answered; the page shows exactly these numbers for that month, only the
 * reminder for its second half, and refuses a bad period without computing anything.
 */
@Tag("broadleaf")
class LoyaltyReviewStatsPagesIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;
    private static ReviewFixtures reviewData;

    private MockMvc mvc;
    private ReviewSettingsService settings;
    private ReviewSettings before;
    private AdjustableClock clock;
    private long shifted;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
        reviewData = new ReviewFixtures(ctx);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        settings = ctx.getBean("evgReviewSettingsService", ReviewSettingsService.class);
        before = settings.current();
        clock = reviewData.clock();
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void restore() {
        clock.advance(-shifted);
        shifted = 0;
        fixtures.signOut();
        settings.save(before);
    }

    /** Moves the module's clock to {@code day} (yyyy-MM-dd) at noon, server time zone. */
    private void moveClockTo(String day) throws Exception {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        f.setTimeZone(TimeZone.getDefault());
        long delta = f.parse(day + " 12:00").getTime() - clock.now().getTime();
        clock.advance(delta);
        shifted += delta;
    }

    private static Map<String, Object> model(MvcResult r) {
        return r.getModelAndView().getModel();
    }

    private ReviewStats statsOf(String from, String to) throws Exception {
        MvcResult r = mvc.perform(get("/loyalty/reviews/stats").param("from", from).param("to", to)).andReturn();
        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/reviewStats", model(r).get("viewType"));
        assertTrue(((FormErrors) model(r).get("periodErrors")).isEmpty(), String.valueOf(model(r).get("periodErrors")));
        return (ReviewStats) model(r).get("stats");
    }

    @Test
    void thePageShowsTheNumbersOfThePeriod() throws Exception {
        ReviewSettings s = settings.current();
        s.setEnabled(true);
        s.setTrigger(ReviewTrigger.SUBMITTED);
        s.setDelayDays(0);
        s.setReminderDays(7);
        s.setTokenValidDays(180);
        s.setMaxEmailsPer30Days(0);
        s.setProductRepeatMonths(0);
        s.setSatisfactionQuestion(true);
        s.setModeration(ModerationMode.MODERATE_ALL);
        s.setRewardPoints(50);
        settings.save(s);
        moveClockTo("2005-06-10");

        Customer ann = fixtures.customer();
        Customer bob = fixtures.customer();
        Customer cid = fixtures.customer();
        Product lamp = reviewData.product("Lamp");
        Product mug = reviewData.product("Mug");
        Product vase = reviewData.product("Vase");
        Product rug = reviewData.product("Rug");
        long annOrder = reviewData.order(ann, lamp, mug);
        long bobOrder = reviewData.order(bob, vase);
        long cidOrder = reviewData.order(cid, rug);
        int mailsBefore = TestMailServer.messagesTo(cid.getEmailAddress()).size();
        assertEquals(RequestOutcome.REQUEST_SENT, reviewData.sendRequest(annOrder));
        assertEquals(RequestOutcome.REQUEST_SENT, reviewData.sendRequest(bobOrder));
        assertEquals(RequestOutcome.REQUEST_SENT, reviewData.sendRequest(cidOrder));
        assertEquals(mailsBefore + 1, TestMailServer.awaitMessagesTo(cid.getEmailAddress(), mailsBefore + 1, 10000).size(),
                "the request reached the mail server");

        long annReview = reviewData.review(ann, annOrder, lamp, 5, "Bright", "Lovely lamp.", null);
        long bobReview = reviewData.review(bob, bobOrder, vase, 1, "Broken", "Arrived broken.", null);
        assertEquals("/loyalty/reviews", mvc.perform(post("/loyalty/reviews/" + annReview + "/approve")).andReturn()
                .getResponse().getRedirectedUrl());
        assertEquals("/loyalty/reviews", mvc.perform(post("/loyalty/reviews/" + bobReview + "/reject").param("reason", "Shipping, not product"))
                .andReturn().getResponse().getRedirectedUrl());
        reviewData.answer(ann, annOrder, 10);
        reviewData.answer(bob, bobOrder, 3);
        reviewData.answer(cid, cidOrder, 9);

        moveClockTo("2005-06-18");
        assertEquals(RequestOutcome.SKIPPED, reviewData.sendReminder(annOrder), "reviewed: no reminder");
        assertEquals(RequestOutcome.SKIPPED, reviewData.sendReminder(bobOrder), "reviewed (even if rejected): no reminder");
        assertEquals(RequestOutcome.REMINDER_SENT, reviewData.sendReminder(cidOrder));

        ReviewStats june = statsOf("2005-06-01", "2005-06-30");
        assertEquals(3, june.getRequestsSent());
        assertEquals(1, june.getRemindersSent());
        assertEquals(4, june.getProductsRequested());
        assertEquals(2, june.getProductsReviewed());
        assertEquals(0, new BigDecimal("50.0").compareTo(june.getSubmissionRatePercent()));
        assertEquals(2, june.getReviewsSubmitted());
        assertEquals(1, june.getReviewsApproved());
        assertEquals(1, june.getReviewsRejected());
        assertEquals(50, june.getPointsGranted());
        assertEquals(3, june.getSatisfactionResponses());
        assertEquals(2, june.getPromoters());
        assertEquals(0, june.getPassives());
        assertEquals(1, june.getDetractors());
        assertEquals(0, new BigDecimal("33.3").compareTo(june.getNetPromoterScore()), "(2 - 1) / 3 answers");

        ReviewStats secondHalf = statsOf("2005-06-15", "2005-06-30");
        assertEquals(0, secondHalf.getRequestsSent());
        assertEquals(1, secondHalf.getRemindersSent());
        assertEquals(0, secondHalf.getReviewsSubmitted());
        assertEquals(0, secondHalf.getSatisfactionResponses());
        assertNull(secondHalf.getNetPromoterScore(), "no answers, no score");

        ReviewStats oneDay = statsOf("2005-06-10", "2005-06-10");
        assertEquals(3, oneDay.getRequestsSent(), "the last day is included");
        assertEquals(0, oneDay.getRemindersSent());
    }

    @Test
    void theDefaultPeriodIsTheLast30DaysUpToToday() throws Exception {
        moveClockTo("2005-03-31");

        MvcResult r = mvc.perform(get("/loyalty/reviews/stats")).andReturn();

        StatsPeriodForm period = (StatsPeriodForm) model(r).get("period");
        assertEquals("2005-03-02", period.getFrom());
        assertEquals("2005-03-31", period.getTo());
        ReviewStats stats = (ReviewStats) model(r).get("stats");
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        f.setTimeZone(TimeZone.getDefault());
        assertEquals(f.parse("2005-03-02 00:00"), stats.getFrom(), "from the start of the first day");
        assertEquals(f.parse("2005-04-01 00:00"), stats.getTo(), "to the end of today");
    }

    @Test
    void aBadPeriodIsRefusedWithAMessagePerFieldAndNothingIsComputed() throws Exception {
        String[][] cases = {
            {"abc", "2005-06-30", "from", "Enter a day as yyyy-mm-dd, e.g. 2024-03-31."},
            {"2005-06-01", "2005-02-30", "to", "This day does not exist."},
            {"2005-06-30", "2005-06-01", "to", "The last day must not be before the first day."},
            {"1990-01-01", "2005-06-01", "to", "Choose a period of at most 3660 days."},
            {"<script>", "2005-06-01", "from", "Enter a day as yyyy-mm-dd, e.g. 2024-03-31."},
        };
        for (String[] c : cases) {
            MvcResult r = mvc.perform(get("/loyalty/reviews/stats").param("from", c[0]).param("to", c[1])).andReturn();
            assertEquals(200, r.getResponse().getStatus());
            FormErrors errors = (FormErrors) model(r).get("periodErrors");
            assertEquals(c[3], errors.get(c[2]), c[0] + ".." + c[1]);
            assertFalse(model(r).containsKey("stats"), "nothing computed for " + c[0] + ".." + c[1]);
            assertEquals(c[0], ((StatsPeriodForm) model(r).get("period")).getFrom(), "the input is shown again");
        }
    }
}
