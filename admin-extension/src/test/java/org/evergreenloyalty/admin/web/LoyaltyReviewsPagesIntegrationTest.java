package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.admin.test.ReviewFixtures;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.review.ModerationMode;
import org.evergreenloyalty.review.ReviewAdminService;
import org.evergreenloyalty.review.ReviewPage;
import org.evergreenloyalty.review.ReviewRow;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.review.ReviewSettingsService;
import org.evergreenloyalty.review.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Loyalty &gt; Reviews moderation on the real admin context, with reviews written through the review engine
 * for real customers and Broadleaf orders: the pending queue, approve (the reward is granted once, through the
 * ledger), reject with a reason (never rewarded; without a reason nothing changes), bulk decisions, the list by
 * status and one review's page.
 */
@Tag("broadleaf")
class LoyaltyReviewsPagesIntegrationTest {

    private static final long REWARD = 50;

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;
    private static ReviewFixtures reviewData;

    private MockMvc mvc;
    private ReviewAdminService reviews;
    private ReviewSettingsService settings;
    private PointsAccountService accounts;
    private ReviewSettings before;

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
        reviews = ctx.getBean("evgReviewAdminService", ReviewAdminService.class);
        settings = ctx.getBean("evgReviewSettingsService", ReviewSettingsService.class);
        accounts = ctx.getBean("evgPointsAccountService", PointsAccountService.class);
        before = settings.current();
        ReviewSettings s = settings.current();
        s.setModeration(ModerationMode.MODERATE_ALL);
        s.setRewardPoints(REWARD);
        settings.save(s);
        reviewData.clearQueue();
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void restore() {
        fixtures.signOut();
        settings.save(before);
    }

    private static Map<String, Object> model(MvcResult r) {
        return r.getModelAndView().getModel();
    }

    private static String notice(MvcResult r) {
        return (String) r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE);
    }

    private static String warning(MvcResult r) {
        return (String) r.getFlashMap().get(AbstractLoyaltyAdminController.WARNING);
    }

    private static List<Long> ids(ReviewPage page) {
        List<Long> ids = new ArrayList<Long>();
        for (ReviewRow r : page.getRows()) {
            ids.add(r.getId());
        }
        return ids;
    }

    /** The customer's review reward entries in the ledger. */
    private List<LedgerEntry> rewards(long customerId) {
        List<LedgerEntry> out = new ArrayList<LedgerEntry>();
        for (LedgerEntry e : accounts.history(customerId, 0, 100)) {
            if (e.getType() == EntryType.BONUS && e.getEventKey() != null && e.getEventKey().startsWith("bonus:review:")) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void theQueueListsPendingReviewsOldestFirst() throws Exception {
        Customer c = fixtures.customer();
        long first = reviewData.pendingReview(c, "Lamp", "Bright", "Lights the room.").getReviewId();
        long second = reviewData.pendingReview(c, "Mug", null, "Holds tea.").getReviewId();

        MvcResult r = mvc.perform(get("/loyalty/reviews")).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/reviews", model(r).get("viewType"));
        ReviewPage queue = (ReviewPage) model(r).get("reviews");
        assertEquals(2, queue.getTotal());
        assertEquals(first, queue.getRows().get(0).getId(), "oldest first");
        assertEquals(second, queue.getRows().get(1).getId());
        assertEquals("Lights the room.", queue.getRows().get(0).getText());
        assertEquals(REWARD, model(r).get("rewardPoints"));
        assertEquals(1, model(r).get("pageNumber"));
    }

    @Test
    void theQueueIsPagedAndAPageBeyondTheLastShowsTheLast() throws Exception {
        Customer c = fixtures.customer();
        List<Long> written = new ArrayList<Long>();
        for (int i = 0; i < LoyaltyReviewsController.PAGE_SIZE + 2; i++) {
            written.add(reviewData.pendingReview(c, "Item " + i, null, "Review " + i).getReviewId());
        }

        ReviewPage one = (ReviewPage) model(mvc.perform(get("/loyalty/reviews")).andReturn()).get("reviews");
        ReviewPage two = (ReviewPage) model(mvc.perform(get("/loyalty/reviews").param("page", "2")).andReturn()).get("reviews");
        MvcResult far = mvc.perform(get("/loyalty/reviews").param("page", "99")).andReturn();

        assertEquals(2, one.getPages());
        assertEquals(written.subList(0, LoyaltyReviewsController.PAGE_SIZE), ids(one));
        assertEquals(written.subList(LoyaltyReviewsController.PAGE_SIZE, written.size()), ids(two));
        assertEquals(2, model(far).get("pageNumber"));
        assertEquals(ids(two), ids((ReviewPage) model(far).get("reviews")));
    }

    @Test
    void approvingGrantsTheRewardOnceThroughTheLedger() throws Exception {
        Customer c = fixtures.customer();
        ReviewFixtures.Written w = reviewData.pendingReview(c, "Kettle", "Fast", "Boils quickly.");
        assertEquals(0, accounts.summary(c.getId()).getBalance().getAvailable());

        MvcResult r = mvc.perform(post("/loyalty/reviews/" + w.getReviewId() + "/approve").param("page", "1")).andReturn();

        assertEquals("/loyalty/reviews", r.getResponse().getRedirectedUrl());
        assertEquals("Review " + w.getReviewId() + " approved: 50 points granted.", notice(r));
        ReviewRow row = reviews.get(w.getReviewId());
        assertEquals(ReviewStatus.APPROVED, row.getStatus());
        assertEquals("evg-master", row.getDecidedBy(), "the signed-in admin is recorded");
        assertNotNull(row.getDecidedAt());
        assertTrue(row.isIncentivised());
        assertEquals(REWARD, row.getRewardPoints());
        List<LedgerEntry> granted = rewards(c.getId());
        assertEquals(1, granted.size());
        assertEquals(REWARD, granted.get(0).getAvailableDelta());
        assertEquals(REWARD, accounts.summary(c.getId()).getBalance().getAvailable());

        // sent twice (a double click, a second tab): refused by the engine, nothing granted again
        MvcResult again = mvc.perform(post("/loyalty/reviews/" + w.getReviewId() + "/approve")).andReturn();
        assertEquals("/loyalty/reviews", again.getResponse().getRedirectedUrl());
        assertNull(notice(again));
        assertTrue(warning(again).contains("is not pending"), warning(again));
        assertEquals(1, rewards(c.getId()).size());
        assertEquals(REWARD, accounts.summary(c.getId()).getBalance().getAvailable());
    }

    @Test
    void rejectingNeverRewardsAndRecordsTheReason() throws Exception {
        Customer c = fixtures.customer();
        ReviewFixtures.Written w = reviewData.pendingReview(c, "Chair", "Meh", "Wobbly legs.");

        MvcResult r = mvc.perform(post("/loyalty/reviews/" + w.getReviewId() + "/reject").param("reason", "  Off topic  ")).andReturn();

        assertEquals("/loyalty/reviews", r.getResponse().getRedirectedUrl());
        assertEquals("Review " + w.getReviewId() + " rejected.", notice(r));
        ReviewRow row = reviews.get(w.getReviewId());
        assertEquals(ReviewStatus.REJECTED, row.getStatus());
        assertEquals("Off topic", row.getRejectReason());
        assertEquals("evg-master", row.getDecidedBy());
        assertFalse(row.isIncentivised());
        assertEquals(0, row.getRewardPoints());
        assertTrue(rewards(c.getId()).isEmpty());
        assertEquals(0, accounts.summary(c.getId()).getBalance().getAvailable());

        // a rejected review cannot be approved afterwards (and so never rewarded)
        MvcResult approve = mvc.perform(post("/loyalty/reviews/" + w.getReviewId() + "/approve")).andReturn();
        assertNotNull(warning(approve));
        assertEquals(ReviewStatus.REJECTED, reviews.get(w.getReviewId()).getStatus());
        assertTrue(rewards(c.getId()).isEmpty());
    }

    @Test
    void rejectingAnApprovedReviewFromItsPageTakesTheRewardBack() throws Exception {
        Customer c = fixtures.customer();
        ReviewFixtures.Written w = reviewData.pendingReview(c, "Desk", "Solid", "Good desk.");
        mvc.perform(post("/loyalty/reviews/" + w.getReviewId() + "/approve").param("back", "review")).andReturn();

        MvcResult r = mvc.perform(post("/loyalty/reviews/" + w.getReviewId() + "/reject")
                .param("reason", "Customer asked to remove it").param("back", "review")).andReturn();

        assertEquals("/loyalty/reviews/" + w.getReviewId(), r.getResponse().getRedirectedUrl(), "back to the review's page");
        ReviewRow row = reviews.get(w.getReviewId());
        assertEquals(ReviewStatus.REJECTED, row.getStatus());
        assertEquals("Customer asked to remove it", row.getRejectReason());
        assertEquals(1, rewards(c.getId()).size(), "the reward granted on approval is in the history");
        assertNotNull(row.getRewardTakenBackAt(), "and was taken back");
        assertEquals(0, ctx.getBean("evgLedgerService", org.evergreenloyalty.ledger.LedgerService.class)
                .balance(c.getId()).getAvailable(), "the customer keeps no points for a rejected review");
    }

    @Test
    void aRejectionWithoutReasonIsRefusedAndChangesNothing() throws Exception {
        Customer c = fixtures.customer();
        long id = reviewData.pendingReview(c, "Pen", null, "Writes.").getReviewId();

        MvcResult fromQueue = mvc.perform(post("/loyalty/reviews/" + id + "/reject").param("reason", "   ")).andReturn();

        assertEquals(200, fromQueue.getResponse().getStatus());
        assertNull(fromQueue.getResponse().getRedirectedUrl());
        assertEquals("loyalty/reviews", model(fromQueue).get("viewType"));
        assertEquals(id, model(fromQueue).get("decisionReviewId"));
        assertEquals("Enter the reason for the rejection.", ((FormErrors) model(fromQueue).get("decisionErrors")).get("reason"));
        assertEquals(ReviewStatus.PENDING, reviews.get(id).getStatus());

        MvcResult noParam = mvc.perform(post("/loyalty/reviews/" + id + "/reject").param("back", "review")).andReturn();
        assertEquals("loyalty/review", model(noParam).get("viewType"));
        assertEquals("Enter the reason for the rejection.", ((FormErrors) model(noParam).get("decisionErrors")).get("reason"));

        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            huge.append('x');
        }
        MvcResult tooLong = mvc.perform(post("/loyalty/reviews/" + id + "/reject").param("reason", huge.toString())).andReturn();
        assertEquals(200, tooLong.getResponse().getStatus());
        assertEquals("The reason may have at most 500 characters.", ((FormErrors) model(tooLong).get("decisionErrors")).get("reason"));

        ReviewRow row = reviews.get(id);
        assertEquals(ReviewStatus.PENDING, row.getStatus());
        assertNull(row.getDecidedAt());
        assertNull(row.getRejectReason());
    }

    @Test
    void bulkApproveDecidesTheTickedReviewsAndSaysWhichWereRefused() throws Exception {
        Customer c = fixtures.customer();
        Customer d = fixtures.customer();
        long a = reviewData.pendingReview(c, "Fork", null, "Sharp.").getReviewId();
        long b = reviewData.pendingReview(d, "Knife", null, "Sharper.").getReviewId();
        long untouched = reviewData.pendingReview(d, "Spoon", null, "Round.").getReviewId();
        long decided = reviewData.pendingReview(c, "Plate", null, "Flat.").getReviewId();
        reviews.reject(decided, "Duplicate", "evg-master");

        MvcResult r = mvc.perform(post("/loyalty/reviews/bulk").param("action", "approve")
                .param("ids", String.valueOf(a), String.valueOf(b), String.valueOf(decided))).andReturn();

        assertEquals("/loyalty/reviews", r.getResponse().getRedirectedUrl());
        assertEquals("2 of 3 selected reviews approved.", notice(r));
        assertTrue(warning(r).startsWith("1 not decided: Review " + decided + ": "), warning(r));
        assertEquals(ReviewStatus.APPROVED, reviews.get(a).getStatus());
        assertEquals(ReviewStatus.APPROVED, reviews.get(b).getStatus());
        assertEquals(ReviewStatus.REJECTED, reviews.get(decided).getStatus());
        assertEquals(ReviewStatus.PENDING, reviews.get(untouched).getStatus(), "not ticked, not decided");
        assertEquals(1, rewards(c.getId()).size(), "one reward per approved review");
        assertEquals(1, rewards(d.getId()).size());
        assertEquals("evg-master", reviews.get(a).getDecidedBy());
    }

    @Test
    void bulkRejectNeedsOneReasonAndNeverRewards() throws Exception {
        Customer c = fixtures.customer();
        long a = reviewData.pendingReview(c, "Shoe", null, "Left one.").getReviewId();
        long b = reviewData.pendingReview(c, "Sock", null, "Warm.").getReviewId();

        MvcResult noReason = mvc.perform(post("/loyalty/reviews/bulk").param("action", "reject")
                .param("ids", String.valueOf(a), String.valueOf(b)).param("reason", " ")).andReturn();

        assertEquals(200, noReason.getResponse().getStatus());
        assertEquals("loyalty/reviews", model(noReason).get("viewType"));
        FormErrors errors = (FormErrors) model(noReason).get("bulkErrors");
        assertEquals("Enter the reason for the rejection.", errors.get("reason"));
        assertEquals(ReviewStatus.PENDING, reviews.get(a).getStatus());
        assertEquals(ReviewStatus.PENDING, reviews.get(b).getStatus());

        MvcResult r = mvc.perform(post("/loyalty/reviews/bulk").param("action", "reject")
                .param("ids", String.valueOf(a), String.valueOf(b)).param("reason", "Spam")).andReturn();

        assertEquals("2 of 2 selected reviews rejected.", notice(r));
        assertNull(warning(r));
        assertEquals("Spam", reviews.get(a).getRejectReason());
        assertEquals("Spam", reviews.get(b).getRejectReason());
        assertTrue(rewards(c.getId()).isEmpty());
        assertEquals(0, accounts.summary(c.getId()).getBalance().getAvailable());
    }

    @Test
    void bulkActionsWithNothingTickedOrAnUnknownActionDecideNothing() throws Exception {
        Customer c = fixtures.customer();
        long a = reviewData.pendingReview(c, "Hat", null, "Fits.").getReviewId();

        MvcResult none = mvc.perform(post("/loyalty/reviews/bulk").param("action", "approve")).andReturn();
        assertEquals("Select at least one review.", ((FormErrors) model(none).get("bulkErrors")).get("ids"));

        MvcResult bogus = mvc.perform(post("/loyalty/reviews/bulk").param("action", "delete").param("ids", String.valueOf(a))).andReturn();
        assertEquals("Choose whether to approve or reject the selected reviews.",
                ((FormErrors) model(bogus).get("bulkErrors")).get(FormErrors.FORM));

        MvcResult tampered = mvc.perform(post("/loyalty/reviews/bulk").param("action", "approve")
                .param("ids", String.valueOf(a), "1 or 1=1")).andReturn();
        assertEquals("This value is not valid.", ((FormErrors) model(tampered).get("bulkErrors")).get(FormErrors.FORM));

        assertEquals(ReviewStatus.PENDING, reviews.get(a).getStatus());
        assertTrue(rewards(c.getId()).isEmpty());
    }

    @Test
    void theListFiltersByStatus() throws Exception {
        Customer c = fixtures.customer();
        long pending = reviewData.pendingReview(c, "Bag", null, "Roomy.").getReviewId();
        long rejected = reviewData.pendingReview(c, "Belt", null, "Long.").getReviewId();
        reviews.reject(rejected, "Spam", "evg-master");

        MvcResult r = mvc.perform(get("/loyalty/reviews/all").param("status", "REJECTED")).andReturn();

        assertEquals("loyalty/reviewList", model(r).get("viewType"));
        assertEquals("REJECTED", model(r).get("statusFilter"));
        ReviewPage page = (ReviewPage) model(r).get("reviews");
        assertTrue(ids(page).contains(rejected));
        assertFalse(ids(page).contains(pending));
        for (ReviewRow row : page.getRows()) {
            assertEquals(ReviewStatus.REJECTED, row.getStatus());
        }

        ReviewPage all = (ReviewPage) model(mvc.perform(get("/loyalty/reviews/all")).andReturn()).get("reviews");
        assertEquals(rejected, all.getRows().get(0).getId(), "newest first");
        assertEquals(pending, all.getRows().get(1).getId());

        MvcResult unknown = mvc.perform(get("/loyalty/reviews/all").param("status", "<b>LOST</b>")).andReturn();
        assertEquals(Boolean.TRUE, model(unknown).get("unknownStatus"));
        assertEquals("", model(unknown).get("statusFilter"));
    }

    @Test
    void aReviewsPageShowsEverythingAboutIt() throws Exception {
        Customer c = fixtures.customer("Rita", "Reviewer", "rita-" + LoyaltyAdminFixtures.unique() + "@example.com");
        org.broadleafcommerce.core.catalog.domain.Product p = reviewData.product("Teapot");
        long orderId = reviewData.order(c, p);
        long id = reviewData.review(c, orderId, p, 3, "Drips", "Pours well, drips a little.", "Rita R.");

        MvcResult r = mvc.perform(get("/loyalty/reviews/" + id)).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/review", model(r).get("viewType"));
        ReviewRow row = (ReviewRow) model(r).get("review");
        assertEquals(id, row.getId());
        assertEquals("Teapot", row.getProductName());
        assertEquals("Rita Reviewer", row.getCustomerName());
        assertEquals(c.getEmailAddress(), row.getCustomerEmail());
        assertEquals(Long.valueOf(orderId), row.getOrderId());
        assertTrue(row.getOrderNumber().startsWith("RV-"));
        assertEquals(3, row.getRating());
        assertEquals("Drips", row.getTitle());
        assertEquals("Rita R.", row.getDisplayName());
        assertTrue(row.isVerifiedBuyer());
        assertEquals(ReviewStatus.PENDING, row.getStatus());
    }

    @Test
    void unknownReviewsAreNotFoundAndNothingIsDecided() throws Exception {
        for (String url : new String[] {"/loyalty/reviews/987654321", "/loyalty/reviews/abc"}) {
            MvcResult r = mvc.perform(get(url)).andReturn();
            assertEquals(404, r.getResponse().getStatus(), url);
            assertEquals("loyalty/notFound", model(r).get("viewType"));
            assertEquals("/loyalty/reviews", model(r).get("notFoundBackUrl"));
        }
        MvcResult approve = mvc.perform(post("/loyalty/reviews/987654321/approve")).andReturn();
        assertEquals(404, approve.getResponse().getStatus());
        assertEquals("There is no review with id 987654321.", model(approve).get("notFoundMessage"));
        MvcResult reject = mvc.perform(post("/loyalty/reviews/987654321/reject").param("reason", "x")).andReturn();
        assertEquals(404, reject.getResponse().getStatus());
    }
}
