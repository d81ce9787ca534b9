package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.rating.domain.RatingSummary;
import org.broadleafcommerce.core.rating.domain.ReviewDetail;
import org.broadleafcommerce.core.rating.service.type.RatingType;
import org.broadleafcommerce.core.rating.service.type.ReviewStatusType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.junit.jupiter.api.Test;

/** The review form's engine: links from the e-mail, validation, one review per product, Broadleaf's ratings, satisfaction. */
@BroadleafIntegrationTest
class ReviewSubmissionTest extends ReviewTestBase {

    @Test
    void theLinkFromTheEmailOpensTheFormAndTheReviewReachesBroadleaf() throws Exception {
        Customer c = customer();
        Product p = product("Backpack");
        Order order = buy(c, p);
        travel(15);
        requests.sendRequestIfDue(order.getId());
        String fourStars = reviewLinks(awaitMails(c, 1).get(0)).get(3);
        assertTrue(fourStars.endsWith("rating=4"));

        ReviewInvitation inv = reviews.open(token(fourStars));
        assertEquals(p.getName(), inv.getProductName());
        assertEquals(order.getOrderNumber(), inv.getOrderNumber());
        assertFalse(inv.isAlreadyReviewed());
        assertEquals(50, inv.getRewardPoints());

        SubmittedReview done = reviews.submit(token(fourStars), new ReviewInput(4, "Roomy", "Carried it up three mountains.", "Trail Ann"));
        assertEquals(ReviewStatus.PENDING, done.getStatus());

        ReviewDetail detail = ratingService.readReviewByCustomerAndItem(c, String.valueOf(p.getId()));
        assertNotNull(detail, "stored through Broadleaf's rating service");
        assertEquals(ReviewStatusType.PENDING.getType(), detail.getStatus().getType());
        assertEquals("Carried it up three mountains.", detail.getReviewText());
        RatingSummary summary = ratingService.readRatingSummary(String.valueOf(p.getId()), RatingType.PRODUCT);
        assertEquals(1, summary.getNumberOfReviews().intValue());
        assertEquals(4.0, summary.getAverageRating(), 0.001);

        ReviewRow row = admin.get(done.getReviewId());
        assertEquals("Roomy", row.getTitle());
        assertEquals("Trail Ann", row.getDisplayName());
        assertTrue(row.isVerifiedBuyer());
        assertFalse(row.isIncentivised(), "not rewarded (yet)");
        assertEquals(order.getId(), row.getOrderId());
        assertEquals(4, row.getRating());

        assertTrue(reviews.open(token(fourStars)).isAlreadyReviewed());
        assertEquals(ReviewStatus.PENDING, reviews.open(token(fourStars)).getExistingReviewStatus());
    }

    @Test
    void aSecondSubmissionIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        Customer c = customer();
        Product p = product("Tarp");
        Order order = buy(c, p);
        String token = tokenFor(c, order, p);
        reviews.submit(token, input(5, "Keeps the rain out."));
        ReviewException e = assertThrows(ReviewException.class, () -> reviews.submit(token, input(1, "Changed my mind.")));
        assertEquals("evergreen.review.error.alreadyReviewed", e.getMessageKey());
        assertEquals(1, admin.list(null, 0, 200).getRows().stream().filter(r -> r.getCustomerId() == c.getId()).count());
        assertEquals("Keeps the rain out.", ratingService.readReviewByCustomerAndItem(c, String.valueOf(p.getId())).getReviewText());
    }

    @Test
    void aDoubleClickSubmittingTwiceAtOnceStoresOneReview() throws Exception {
        Customer c = customer();
        Product p = product("Hammock");
        Order order = buy(c, p);
        final String token = tokenFor(c, order, p);
        final CyclicBarrier start = new CyclicBarrier(2);
        final List<Object> results = Collections.synchronizedList(new ArrayList<Object>());
        Thread[] clicks = new Thread[2];
        for (int i = 0; i < 2; i++) {
            clicks[i] = new Thread(() -> {
                try {
                    BroadleafTestContext.bindRequest();
                    start.await();
                    results.add(reviews.submit(token, input(5, "Naps guaranteed.")));
                } catch (Throwable t) {
                    results.add(t);
                }
            });
            clicks[i].start();
        }
        for (Thread t : clicks) {
            t.join(60_000);
        }
        assertEquals(2, results.size());
        long stored = results.stream().filter(r -> r instanceof SubmittedReview).count();
        assertEquals(1, stored, "one submission wins: " + results);
        Object other = results.stream().filter(r -> !(r instanceof SubmittedReview)).findFirst().get();
        assertTrue(other instanceof ReviewException, "the other gets a message: " + other);
        assertEquals("evergreen.review.error.alreadyReviewed", ((ReviewException) other).getMessageKey());
        assertEquals(1, ratingService.readRatingSummary(String.valueOf(p.getId()), RatingType.PRODUCT).getNumberOfReviews().intValue());
    }

    @Test
    void badInputGetsAMessageNamingTheFieldAndStoresNothing() throws Exception {
        Customer c = customer();
        Product p = product("Compass");
        Order order = buy(c, p);
        String token = tokenFor(c, order, p);
        StringBuilder huge = new StringBuilder();
        while (huge.length() <= 2000) {
            huge.append("very long review ");
        }
        StringBuilder longTitle = new StringBuilder();
        while (longTitle.length() <= 120) {
            longTitle.append("title ");
        }
        assertRefused(token, new ReviewInput(0, null, "Fine.", null), "rating", "evergreen.review.error.ratingRange");
        assertRefused(token, new ReviewInput(6, null, "Fine.", null), "rating", "evergreen.review.error.ratingRange");
        assertRefused(token, new ReviewInput(null, null, "Fine.", null), "rating", "evergreen.review.error.ratingMissing");
        assertRefused(token, new ReviewInput(4, null, "   ", null), "text", "evergreen.review.error.textMissing");
        assertRefused(token, new ReviewInput(4, null, null, null), "text", "evergreen.review.error.textMissing");
        assertRefused(token, new ReviewInput(4, null, huge.toString(), null), "text", "evergreen.review.error.textTooLong");
        assertRefused(token, new ReviewInput(4, longTitle.toString(), "Fine.", null), "title", "evergreen.review.error.titleTooLong");
        assertRefused(token, new ReviewInput(4, null, "Fine.", "a name that is far too long for a display name on a review page"),
                "displayName", "evergreen.review.error.nameTooLong");
        assertNull(ratingService.readReviewByCustomerAndItem(c, String.valueOf(p.getId())), "nothing reached Broadleaf");
        assertFalse(reviews.open(token).isAlreadyReviewed(), "nothing stored");
        // the same link still works with good input
        assertEquals(ReviewStatus.PENDING, reviews.submit(token, input(4, "Points north.")).getStatus());
    }

    @Test
    void markupIsKeptAsPlainText() throws Exception {
        Customer c = customer();
        Product p = product("Torch");
        Order order = buy(c, p);
        String script = "<script>alert('x')</script> <b>bright</b>";
        SubmittedReview r = reviews.submit(tokenFor(c, order, p), new ReviewInput(5, "<i>wow</i>", script, "<img src=x onerror=alert(1)>"));
        ReviewRow row = admin.get(r.getReviewId());
        assertEquals(script, row.getText(), "stored as typed; every page escapes it");
        assertEquals("<i>wow</i>", row.getTitle());
    }

    @Test
    void aLongReviewIsKeptWholeByTheModuleAndShortenedForBroadleafsColumn() throws Exception {
        Customer c = customer();
        Product p = product("Map");
        Order order = buy(c, p);
        StringBuilder text = new StringBuilder();
        while (text.length() < 600) {
            text.append("Detailed and accurate. ");
        }
        SubmittedReview r = reviews.submit(tokenFor(c, order, p), input(5, text.toString().trim()));
        assertEquals(text.toString().trim(), admin.get(r.getReviewId()).getText());
        String stored = ratingService.readReviewByCustomerAndItem(c, String.valueOf(p.getId())).getReviewText();
        assertEquals(255, stored.length());
        assertTrue(stored.endsWith("\u2026"));
    }

    @Test
    void linksOfAnotherCustomerOrProductOrForgedOrExpiredAreRefused() throws Exception {
        Customer c = customer();
        Customer other = customer();
        Product bought = product("Sleeping bag");
        Product notBought = product("Canoe");
        Order order = buy(c, bought);

        ReviewException foreign = assertThrows(ReviewException.class,
                () -> reviews.submit(tokenFor(other, order, bought), input(5, "Not mine.")));
        assertEquals("evergreen.review.error.unknownOrder", foreign.getMessageKey(), "a signed link of another customer for this order");
        ReviewException wrongProduct = assertThrows(ReviewException.class,
                () -> reviews.submit(tokenFor(c, order, notBought), input(5, "Never had it.")));
        assertEquals("evergreen.review.error.unknownOrder", wrongProduct.getMessageKey());

        String token = tokenFor(c, order, bought);
        String forged = token.replaceFirst("\\." + bought.getId() + "\\.", "." + notBought.getId() + ".");
        InvalidReviewLinkException tampered = assertThrows(InvalidReviewLinkException.class, () -> reviews.submit(forged, input(5, "x")));
        assertEquals(ReviewLinkProblem.TAMPERED, tampered.getProblem());
        assertEquals("evergreen.review.error.link.tampered", tampered.getMessageKey());

        travel(181);
        InvalidReviewLinkException expired = assertThrows(InvalidReviewLinkException.class, () -> reviews.open(token));
        assertEquals(ReviewLinkProblem.EXPIRED, expired.getProblem());
        assertThrows(InvalidReviewLinkException.class, () -> reviews.submit(token, input(5, "Late.")));
        assertNull(ratingService.readReviewByCustomerAndItem(c, String.valueOf(bought.getId())));
        assertNull(ratingService.readReviewByCustomerAndItem(other, String.valueOf(bought.getId())));
    }

    @Test
    void aCancelledOrderCannotBeReviewed() throws Exception {
        Customer c = customer();
        Product p = product("Stool");
        Order order = buy(c, p);
        cancel(order);
        ReviewException e = assertThrows(ReviewException.class, () -> reviews.submit(tokenFor(c, order, p), input(3, "Meh.")));
        assertEquals("evergreen.review.error.orderCancelled", e.getMessageKey());
    }

    @Test
    void theSatisfactionScoreIsStoredOnceTheFirstAnswerCounts() throws Exception {
        Customer c = customer();
        Order order = buy(c, product("Hat"));
        travel(15);
        requests.sendRequestIfDue(order.getId());
        List<String> scores = scoreLinks(awaitMails(c, 1).get(0));
        String nine = scores.get(9);
        assertTrue(nine.endsWith("score=9"));

        ReviewException bad = assertThrows(ReviewException.class, () -> reviews.answerSatisfaction(token(nine), 11));
        assertEquals("evergreen.review.error.scoreRange", bad.getMessageKey());
        assertThrows(ReviewException.class, () -> reviews.answerSatisfaction(token(nine), -1));
        assertNull(requests.request(order.getId()).getSatisfactionScore(), "bad input stores nothing");

        SatisfactionAnswer first = reviews.answerSatisfaction(token(nine), 9);
        assertTrue(first.isFirst());
        SatisfactionAnswer again = reviews.answerSatisfaction(token(scores.get(3)), 3);
        assertFalse(again.isFirst());
        assertEquals(9, again.getScore(), "the first answer is kept");
        assertEquals(Integer.valueOf(9), requests.request(order.getId()).getSatisfactionScore());
        assertThrows(InvalidReviewLinkException.class, () -> reviews.answerSatisfaction(token(reviewLinks(mailsTo(c).get(0)).get(0)), 5),
                "a review link does not answer the question");
    }

    private void assertRefused(String token, ReviewInput input, String field, String key) {
        ReviewException e = assertThrows(ReviewException.class, () -> reviews.submit(token, input));
        assertEquals(field, e.getField(), e.getMessage());
        assertEquals(key, e.getMessageKey());
        assertFalse(e.getMessage().isEmpty());
    }
}
