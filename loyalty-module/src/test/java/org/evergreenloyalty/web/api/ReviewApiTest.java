package org.evergreenloyalty.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.rating.service.RatingService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.api.ApiInput;
import org.evergreenloyalty.api.ApiProblem;
import org.evergreenloyalty.review.ModerationMode;
import org.evergreenloyalty.review.ReviewSettings;
import org.evergreenloyalty.review.ReviewSettingsService;
import org.evergreenloyalty.review.ReviewTokenService;
import org.evergreenloyalty.review.ReviewTrigger;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * {@code POST /api/evergreen/v1/reviews} on the real store: the review link's token stores a review through the
 * review service (and Broadleaf's rating service); a missing or unknown token, fields of the wrong type and a second
 * review of the same product are refused with a problem and store nothing.
 */
@BroadleafIntegrationTest
class ReviewApiTest extends ApiTestBase {

    private static final long DAY = 24L * 60 * 60 * 1000;

    @Resource(name = "evgReviewSettingsService")
    ReviewSettingsService reviewSettings;
    @Resource(name = "evgReviewTokens")
    ReviewTokenService tokens;
    @Resource(name = "blRatingService")
    RatingService ratings;

    private ReviewSettings originalReview;

    @BeforeEach
    void knownReviewSettings() {
        originalReview = reviewSettings.current();
        ReviewSettings s = reviewSettings.current();
        s.setEnabled(true);
        s.setTrigger(ReviewTrigger.SUBMITTED);
        s.setTokenValidDays(180);
        s.setModeration(ModerationMode.MODERATE_ALL);
        s.setRewardPoints(50);
        s.setMaxTextLength(2000);
        s.setMaxTitleLength(120);
        reviewSettings.save(s);
    }

    @AfterEach
    void restoreReviewSettings() {
        reviewSettings.save(originalReview);
    }

    private Customer buyer;
    private Product product;

    /** A valid token of a product {@code buyer} bought, as the review e-mail would carry it. */
    private String token() throws Exception {
        buyer = store.customer();
        product = store.product("Reviewed " + TestIds.unique("p"), "20.00", null);
        Order order = store.buy(buyer, product, 1);
        return tokens.reviewToken(buyer.getId(), order.getId(), product.getId(), new Date(clock.now().getTime() + 180 * DAY));
    }

    private String body(String token, String rest) {
        return "{\"token\":\"" + token + "\"" + (rest.isEmpty() ? "" : "," + rest) + "}";
    }

    @Test
    void theLinksTokenStoresTheReview() throws Exception {
        String token = token();
        Map<String, Object> done = ok(send(write("POST", "/reviews", null, null,
                body(token, "\"rating\":4,\"title\":\"Roomy\",\"text\":\"Carried it up three mountains.\",\"displayName\":\"Trail Ann\""))), 201);
        assertTrue(num(done.get("reviewId")) > 0);
        assertEquals("PENDING", done.get("status"));
        assertEquals(50, num(done.get("rewardPoints")));
        assertEquals("Carried it up three mountains.",
                ratings.readReviewByCustomerAndItem(buyer, String.valueOf(product.getId())).getReviewText());

        problem(send(write("POST", "/reviews", null, null, body(token, "\"rating\":1,\"text\":\"Changed my mind.\""))),
                409, "evergreen.review.error.alreadyReviewed");
        assertEquals("Carried it up three mountains.",
                ratings.readReviewByCustomerAndItem(buyer, String.valueOf(product.getId())).getReviewText(), "the first review stays");
    }

    @Test
    void badTokensAndFieldsAreRefusedAndStoreNothing() throws Exception {
        String token = token();
        problem(send(write("POST", "/reviews", null, null, "{\"rating\":4,\"text\":\"Nice\"}")), 400, ApiProblem.VALIDATION);
        problem(send(write("POST", "/reviews", null, null, body("not-a-token", "\"rating\":4,\"text\":\"Nice\""))), 404,
                "evergreen.review.error.link.malformed");
        String altered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        MockHttpServletResponse tampered = send(write("POST", "/reviews", null, null, body(altered, "\"rating\":4,\"text\":\"Nice\"")));
        assertEquals(404, tampered.getStatus());
        assertTrue(tampered.getContentType().startsWith("application/problem+json"));
        assertTrue(((String) ((Map<?, ?>) json.parse(tampered.getContentAsString())).get("code")).startsWith("evergreen.review.error.link."));

        String[][] fieldCases = {
            {"\"rating\":\"four\",\"text\":\"Nice\"", "rating", ApiInput.INTEGER},
            {"\"rating\":4.5,\"text\":\"Nice\"", "rating", ApiInput.INTEGER},
            {"\"rating\":4,\"text\":17", "text", ApiInput.STRING},
            {"\"rating\":9,\"text\":\"Nice\"", "rating", "evergreen.review.error.ratingRange"},
            {"\"text\":\"Nice\"", "rating", "evergreen.review.error.ratingMissing"},
            {"\"rating\":4", "text", "evergreen.review.error.textMissing"},
        };
        for (String[] bad : fieldCases) {
            Map<String, Object> v = problem(send(write("POST", "/reviews", null, null, body(token, bad[0]))), 400, ApiProblem.VALIDATION);
            @SuppressWarnings("unchecked")
            Map<String, Object> error = (Map<String, Object>) ((List<?>) v.get("errors")).get(0);
            assertEquals(bad[1], error.get("field"), bad[0]);
            assertEquals(bad[2], error.get("code"), bad[0]);
        }
        problem(send(write("POST", "/reviews", null, null, "{\"token\":")), 400, ApiProblem.MALFORMED);
        problem(send(request("POST", "/reviews", null, null)), 403, ApiProblem.CSRF);
        assertNull(ratings.readReviewByCustomerAndItem(buyer, String.valueOf(product.getId())), "nothing stored");
    }

}
