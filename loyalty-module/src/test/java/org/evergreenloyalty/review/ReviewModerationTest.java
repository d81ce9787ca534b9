package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Date;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.rating.domain.RatingSummary;
import org.broadleafcommerce.core.rating.service.type.RatingType;
import org.broadleafcommerce.core.rating.service.type.ReviewStatusType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;

/** Moderation: approve with reward (once), reject with reason (never rewarded), auto-approval, bulk, the queue, numbers. */
@BroadleafIntegrationTest
class ReviewModerationTest extends ReviewTestBase {

    @Test
    void approvingPublishesTheReviewAndGrantsTheRewardOnce() throws Exception {
        Customer c = customer();
        Product p = product("Jacket");
        Order order = buy(c, p);
        long before = ledger.balance(c.getId()).getAvailable();
        SubmittedReview r = reviews.submit(tokenFor(c, order, p), input(2, "Runs small."));
        assertEquals(0, productReviews.forProduct(p.getId(), 10).getCount(), "pending reviews are not shown");

        ReviewRow approved = admin.approve(r.getReviewId(), "mod-anna");
        assertEquals(ReviewStatus.APPROVED, approved.getStatus());
        assertEquals("mod-anna", approved.getDecidedBy());
        assertTrue(approved.isIncentivised());
        assertEquals(50, approved.getRewardPoints());
        assertEquals(before + 50, ledger.balance(c.getId()).getAvailable(), "50 points whatever the rating (2 stars here)");
        LedgerEntry bonus = ledger.findByEventKey(ReviewModeration.rewardEventKey(c.getId(), p.getId()));
        assertNotNull(bonus);
        assertEquals("review", bonus.getSourceType());
        assertEquals(ReviewStatusType.APPROVED.getType(),
                ratingService.readReviewByCustomerAndItem(c, String.valueOf(p.getId())).getStatus().getType());

        ReviewException twice = assertThrows(ReviewException.class, () -> admin.approve(r.getReviewId(), "mod-anna"));
        assertEquals("evergreen.review.error.notPending", twice.getMessageKey());
        assertEquals(before + 50, ledger.balance(c.getId()).getAvailable(), "no second reward");

        ProductRatingView view = productReviews.forProduct(p.getId(), 10);
        assertEquals(1, view.getCount());
        assertEquals(new BigDecimal("2.0"), view.getAverage());
        assertTrue(view.isVerified());
        assertTrue(view.getReviews().get(0).isIncentivised());
        assertTrue(view.getReviews().get(0).isVerifiedBuyer());
        assertEquals("Runs small.", view.getReviews().get(0).getText());
        assertEquals("Test S.", view.getReviews().get(0).getAuthorName(), "first name and last initial without a display name");
    }

    @Test
    void rejectingNeverRewardsAndTakesTheRatingOutOfBroadleafsSummary() throws Exception {
        Customer good = customer();
        Customer spam = customer();
        Product p = product("Sandals");
        Order goodOrder = buy(good, p);
        Order spamOrder = buy(spam, p);
        SubmittedReview kept = reviews.submit(tokenFor(good, goodOrder, p), input(5, "Comfortable."));
        SubmittedReview junk = reviews.submit(tokenFor(spam, spamOrder, p), input(1, "Buy cheap watches at example.invalid"));
        assertEquals(3.0, summary(p).getAverageRating(), 0.001, "Broadleaf counts both while pending");
        long before = ledger.balance(spam.getId()).getAvailable();

        ReviewException noReason = assertThrows(ReviewException.class, () -> admin.reject(junk.getReviewId(), "  ", "mod-ben"));
        assertEquals("reason", noReason.getField());
        assertThrows(ReviewException.class, () -> admin.reject(junk.getReviewId(), "spam", " "));
        assertEquals(ReviewStatus.PENDING, admin.get(junk.getReviewId()).getStatus(), "refused decisions change nothing");

        ReviewRow rejected = admin.reject(junk.getReviewId(), "Spam link", "mod-ben");
        assertEquals(ReviewStatus.REJECTED, rejected.getStatus());
        assertEquals("Spam link", rejected.getRejectReason());
        assertEquals("mod-ben", rejected.getDecidedBy());
        assertFalse(rejected.isIncentivised());
        assertEquals(0, rejected.getRewardPoints());
        assertEquals(before, ledger.balance(spam.getId()).getAvailable(), "no points on rejection");
        assertNull(ledger.findByEventKey(ReviewModeration.rewardEventKey(spam.getId(), p.getId())));
        assertEquals(ReviewStatusType.REJECTED.getType(),
                ratingService.readReviewByCustomerAndItem(spam, String.valueOf(p.getId())).getStatus().getType());
        assertEquals(5.0, summary(p).getAverageRating(), 0.001, "the rejected rating no longer counts");
        assertEquals(1, summary(p).getNumberOfRatings().intValue());

        ReviewException again = assertThrows(ReviewException.class, () -> admin.approve(junk.getReviewId(), "mod-ben"));
        assertEquals("evergreen.review.error.notPending", again.getMessageKey());
        assertEquals(before, ledger.balance(spam.getId()).getAvailable());

        admin.approve(kept.getReviewId(), "mod-ben");
        ProductRatingView view = productReviews.forProduct(p.getId(), 10);
        assertEquals(1, view.getCount(), "only the approved review shows");
        assertEquals("Comfortable.", view.getReviews().get(0).getText());
    }

    @Test
    void autoApprovalPublishesAndRewardsAtOnce() throws Exception {
        settings(s -> s.setModeration(ModerationMode.AUTO_APPROVE));
        Customer c = customer();
        Product p = product("Scarf");
        Order order = buy(c, p);
        long before = ledger.balance(c.getId()).getAvailable();
        SubmittedReview r = reviews.submit(tokenFor(c, order, p), new ReviewInput(1, null, "Itchy.", "Honest Ed"));
        assertEquals(ReviewStatus.APPROVED, r.getStatus());
        assertEquals(50, r.getRewardPoints());
        assertEquals(before + 50, ledger.balance(c.getId()).getAvailable());
        assertEquals(ReviewModeration.AUTO, admin.get(r.getReviewId()).getDecidedBy());
        assertEquals("Honest Ed", productReviews.forProduct(p.getId(), 5).getReviews().get(0).getAuthorName());
        // an admin can still take it down; the reward goes with it, once
        ReviewRow rejected = admin.reject(r.getReviewId(), "Off topic", "mod-cy");
        assertEquals(0, productReviews.forProduct(p.getId(), 5).getCount());
        assertEquals(before, ledger.balance(c.getId()).getAvailable(), "the reward is taken back");
        assertNotNull(rejected.getRewardTakenBackAt());
        org.evergreenloyalty.ledger.LedgerEntry reversal = ledger.findByEventKey(
                "reverse:" + ReviewModeration.rewardEventKey(c.getId(), p.getId()));
        assertNotNull(reversal, "a REVERSE entry in the history");
        assertEquals(-50, reversal.getAvailableDelta());
        assertTrue(reversal.getReason().contains("Off topic"), reversal.getReason());
        assertThrows(ReviewException.class, () -> admin.reject(r.getReviewId(), "Again", "mod-cy"));
        assertEquals(before, ledger.balance(c.getId()).getAvailable(), "taken back once");
    }

    @Test
    void withoutRewardPointsApprovedReviewsAreNotIncentivised() throws Exception {
        settings(s -> s.setRewardPoints(0));
        Customer c = customer();
        Product p = product("Gloves");
        Order order = buy(c, p);
        long before = ledger.balance(c.getId()).getAvailable();
        SubmittedReview r = reviews.submit(tokenFor(c, order, p), input(4, "Warm."));
        ReviewRow row = admin.approve(r.getReviewId(), "mod");
        assertFalse(row.isIncentivised());
        assertEquals(before, ledger.balance(c.getId()).getAvailable());
        assertFalse(productReviews.forProduct(p.getId(), 5).getReviews().get(0).isIncentivised());
    }

    @Test
    void bulkDecisionsReportWhatTheyLeftAlone() throws Exception {
        Product p = product("Socks");
        Customer a = customer();
        Customer b = customer();
        SubmittedReview ra = reviews.submit(tokenFor(a, buy(a, p), p), input(5, "Soft."));
        SubmittedReview rb = reviews.submit(tokenFor(b, buy(b, p), p), input(3, "Thin."));
        admin.approve(rb.getReviewId(), "mod");

        BulkDecision d = admin.approveAll(Arrays.asList(ra.getReviewId(), rb.getReviewId(), -5L, ra.getReviewId()), "mod-dee");
        assertEquals(Arrays.asList(ra.getReviewId()), d.getDecided());
        assertTrue(d.getRefused().containsKey(rb.getReviewId()), "decided already");
        assertTrue(d.getRefused().containsKey(-5L), "no such review");

        assertThrows(ReviewException.class, () -> admin.rejectAll(Arrays.asList(ra.getReviewId()), "", "mod"));
        assertThrows(ReviewException.class, () -> admin.approveAll(Arrays.<Long>asList(), "mod"));
        BulkDecision r = admin.rejectAll(Arrays.asList(ra.getReviewId(), rb.getReviewId()), "Duplicate", "mod-dee");
        assertEquals(2, r.getDecided().size());
        assertEquals(ReviewStatus.REJECTED, admin.get(ra.getReviewId()).getStatus());
    }

    @Test
    void thePendingQueueIsPagedOldestFirst() throws Exception {
        Product p = product("Beanie");
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            Customer c = customer();
            ids[i] = reviews.submit(tokenFor(c, buy(c, p), p), input(4, "Review " + i)).getReviewId();
            travel(0.01);
        }
        ReviewPage all = admin.pending(0, 200);
        int first = indexOf(all, ids[0]);
        assertTrue(first >= 0 && first < indexOf(all, ids[1]) && indexOf(all, ids[1]) < indexOf(all, ids[2]), "oldest first");
        ReviewPage page = admin.pending(1, 1);
        assertEquals(1, page.getRows().size());
        assertEquals(all.getTotal(), page.getTotal());
        assertEquals(all.getRows().get(1).getId(), page.getRows().get(0).getId());
        admin.approve(ids[1], "mod");
        assertEquals(-1, indexOf(admin.pending(0, 200), ids[1]));
        assertTrue(indexOf(admin.list(ReviewStatus.APPROVED, 0, 200), ids[1]) >= 0);
    }

    @Test
    void statsCountRequestsReviewsDecisionsAndTheSatisfactionScore() throws Exception {
        Date from = clock.now();
        Product p = product("Poncho");
        Product q = product("Gaiters");
        Customer a = customer();
        Customer b = customer();
        Order oa = buy(a, p, q);
        Order ob = buy(b, p);
        travel(15);
        requests.sendRequestIfDue(oa.getId());
        requests.sendRequestIfDue(ob.getId());
        SubmittedReview ra = reviews.submit(token(reviewLinks(awaitMails(a, 1).get(0)).get(4)), input(5, "Dry."));
        reviews.answerSatisfaction(token(scoreLinks(awaitMails(a, 1).get(0)).get(10)), 10);
        reviews.answerSatisfaction(token(scoreLinks(awaitMails(b, 1).get(0)).get(3)), 3);
        admin.approve(ra.getReviewId(), "mod");
        travel(8);
        requests.sendReminderIfDue(ob.getId());
        Date to = new Date(clock.now().getTime() + 1000);

        ReviewStats s = admin.stats(from, to);
        assertTrue(s.getRequestsSent() >= 2);
        assertTrue(s.getRemindersSent() >= 1);
        assertTrue(s.getProductsRequested() >= 3);
        assertTrue(s.getReviewsSubmitted() >= 1 && s.getReviewsApproved() >= 1);
        assertTrue(s.getSatisfactionResponses() >= 2 && s.getPromoters() >= 1 && s.getDetractors() >= 1);

        // a window holding exactly this test's events (the clock was moved far beyond other tests' events)
        Date start = new Date(from.getTime() + 14 * DAY);
        ReviewStats mine = admin.stats(start, to);
        assertEquals(mine.getSubmissionRatePercent(),
                BigDecimal.valueOf(mine.getProductsReviewed() * 100).divide(BigDecimal.valueOf(mine.getProductsRequested()), 1,
                        java.math.RoundingMode.HALF_UP));
        assertNotNull(mine.getNetPromoterScore());
        assertThrows(ReviewException.class, () -> admin.stats(to, from), "a period must start before it ends");
    }

    @Test
    void theStatsOfAnEmptyPeriodAreZero() {
        Date far = new Date(clock.now().getTime() + 5000 * DAY);
        ReviewStats s = admin.stats(far, new Date(far.getTime() + DAY));
        assertEquals(0, s.getRequestsSent());
        assertEquals(new BigDecimal("0.0"), s.getSubmissionRatePercent());
        assertNull(s.getNetPromoterScore());
    }

    private RatingSummary summary(Product p) {
        return ratingService.readRatingSummary(String.valueOf(p.getId()), RatingType.PRODUCT);
    }

    private static int indexOf(ReviewPage page, long id) {
        for (int i = 0; i < page.getRows().size(); i++) {
            if (page.getRows().get(i).getId() == id) {
                return i;
            }
        }
        return -1;
    }
}
