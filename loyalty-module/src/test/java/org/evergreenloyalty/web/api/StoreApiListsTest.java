package org.evergreenloyalty.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.referral.Attribution;
import org.evergreenloyalty.referral.ReferralCodeService;
import org.evergreenloyalty.referral.ReferralService;
import org.evergreenloyalty.referral.Visitor;
import org.evergreenloyalty.review.ModerationMode;
import org.evergreenloyalty.review.ReviewInput;
import org.evergreenloyalty.review.ReviewService;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.review.ReviewSettingsService;
import org.evergreenloyalty.review.ReviewTokenService;
import org.evergreenloyalty.review.ReviewTrigger;
import org.evergreenloyalty.review.SubmittedReview;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * {@code GET admin/referrals} and {@code GET admin/reviews} on the real store: a new referral and a new review are the
 * first items of their lists (newest first), with their status, and the status filter keeps them or leaves them out.
 */
@BroadleafIntegrationTest
class StoreApiListsTest extends StoreApiTestBase {

    private static final long DAY = 24L * 60 * 60 * 1000;

    @Resource(name = "evgReferralService")
    ReferralService referrals;
    @Resource(name = "evgReferralCodeService")
    ReferralCodeService codes;
    @Resource(name = "evgReviewService")
    ReviewService reviews;
    @Resource(name = "evgReviewSettingsService")
    ReviewSettingsService reviewSettings;
    @Resource(name = "evgReviewTokens")
    ReviewTokenService tokens;

    private List<?> items(String path, String status, String key) throws Exception {
        MockHttpServletRequest r = call("GET", path, key);
        if (status != null) {
            r.addParameter("status", status);
        }
        return (List<?>) ok(send(r), 200).get("items");
    }

    @Test
    void aNewReferralIsListedFirstWithItsStatus() throws Exception {
        Customer advocate = store.customer();
        Customer friend = store.customer();
        int n = (int) (System.nanoTime() & 0xffff);
        Attribution a = referrals.attributeSignup(friend.getId(), friend.getEmailAddress(), codes.codeFor(advocate.getId()), null,
                new Visitor("10.77." + (n >> 8) + "." + (n & 255), "Mozilla/5.0 (store api " + n + ")", "s-" + n));
        assertNotNull(a.getReferral(), "attributed: " + a.getOutcome());
        long id = a.getReferral().getId();
        String status = a.getReferral().getStatus().name();
        String key = key("READ");

        Map<String, Object> first = map(items("/referrals", null, key).get(0));
        assertEquals(id, num(first.get("id")));
        assertEquals(status, first.get("status"));
        assertEquals(advocate.getId().longValue(), num(first.get("advocateId")));
        assertEquals(friend.getId().longValue(), num(first.get("friendId")));
        assertTrue(((String) first.get("createdAt")).endsWith("Z"));
        assertEquals(id, num(map(items("/referrals", status, key).get(0)).get("id")), "kept by its status");
        for (Object item : items("/referrals", "REJECTED", key)) {
            assertTrue(num(map(item).get("id")) != id, "left out by another status");
        }
    }

    @Test
    void aNewReviewIsListedFirstWithItsStatus() throws Exception {
        ReviewSettings original = reviewSettings.current();
        ReviewSettings s = reviewSettings.current();
        s.setEnabled(true);
        s.setTrigger(ReviewTrigger.SUBMITTED);
        s.setTokenValidDays(180);
        s.setModeration(ModerationMode.MODERATE_ALL);
        s.setRewardPoints(50);
        reviewSettings.save(s);
        try {
            Customer buyer = store.customer();
            Product product = store.product("Listed " + TestIds.unique("p"), "20.00", null);
            Order order = store.buy(buyer, product, 1);
            String token = tokens.reviewToken(buyer.getId(), order.getId(), product.getId(), new Date(clock.now().getTime() + 180 * DAY));
            SubmittedReview done = reviews.submit(token, new ReviewInput(5, "Sturdy", "Still dry after a week of rain.", "Rain Ann"));
            String key = key("READ");

            Map<String, Object> first = map(items("/reviews", "PENDING", key).get(0));
            assertEquals(done.getReviewId(), num(first.get("id")));
            assertEquals("PENDING", first.get("status"));
            assertEquals(5, num(first.get("rating")));
            assertEquals("Still dry after a week of rain.", first.get("text"));
            assertEquals(buyer.getId().longValue(), num(first.get("customerId")));
            assertEquals(product.getId().longValue(), num(first.get("productId")));
            assertEquals(done.getReviewId(), num(map(items("/reviews", null, key).get(0)).get("id")));
            for (Object item : items("/reviews", "APPROVED", key)) {
                assertTrue(num(map(item).get("id")) != done.getReviewId(), "left out by another status");
            }
        } finally {
            reviewSettings.save(original);
        }
    }
}
