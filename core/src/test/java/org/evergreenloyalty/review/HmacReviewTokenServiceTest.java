package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import org.junit.jupiter.api.Test;

/** Review and satisfaction tokens: valid, expired, tampered, moved to another product, order or customer, malformed. */
class HmacReviewTokenServiceTest {

    private static final long DAY = 24L * 60 * 60 * 1000;
    private final HmacReviewTokenService tokens = new HmacReviewTokenService(() -> "a-test-secret-of-enough-length".getBytes(StandardCharsets.UTF_8));
    private final Date now = new Date(1_750_000_000_000L);
    private final Date in180Days = new Date(now.getTime() + 180 * DAY);

    @Test
    void aValidTokenNamesItsCustomerOrderAndProduct() {
        ReviewLink link = tokens.verifyReview(tokens.reviewToken(7, 11, 13, in180Days), now);
        assertEquals(7, link.getCustomerId());
        assertEquals(11, link.getOrderId());
        assertEquals(13, link.getProductId());
        assertEquals(in180Days.getTime() / 1000, link.getExpiresAt().getTime() / 1000);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.reviewToken(7, 11, 13, in180Days);
        assertEquals(ReviewLinkProblem.EXPIRED, problem(() -> tokens.verifyReview(token, new Date(in180Days.getTime() + 1000))));
        tokens.verifyReview(token, new Date(in180Days.getTime() - 1000));
    }

    @Test
    void anotherProductOrderCustomerOrExpiryBreaksTheSignature() {
        String token = tokens.reviewToken(7, 11, 13, in180Days);
        String[] parts = token.split("\\.");
        assertEquals(ReviewLinkProblem.TAMPERED, problem(() -> tokens.verifyReview(
                String.join(".", parts[0], parts[1], parts[2], "14", parts[4], parts[5]), now)), "other product");
        assertEquals(ReviewLinkProblem.TAMPERED, problem(() -> tokens.verifyReview(
                String.join(".", parts[0], "8", parts[2], parts[3], parts[4], parts[5]), now)), "other customer");
        assertEquals(ReviewLinkProblem.TAMPERED, problem(() -> tokens.verifyReview(
                String.join(".", parts[0], parts[1], "12", parts[3], parts[4], parts[5]), now)), "other order");
        assertEquals(ReviewLinkProblem.TAMPERED, problem(() -> tokens.verifyReview(
                String.join(".", parts[0], parts[1], parts[2], parts[3], String.valueOf(Long.parseLong(parts[4]) + 86400), parts[5]), now)),
                "longer validity");
        String sig = parts[5];
        String flipped = (sig.charAt(0) == 'A' ? 'B' : 'A') + sig.substring(1);
        assertEquals(ReviewLinkProblem.TAMPERED, problem(() -> tokens.verifyReview(
                String.join(".", parts[0], parts[1], parts[2], parts[3], parts[4], flipped), now)), "altered signature");
    }

    @Test
    void tokensOfAnotherSecretAreRefused() {
        HmacReviewTokenService otherStore = new HmacReviewTokenService(() -> "another-store-secret-123".getBytes(StandardCharsets.UTF_8));
        assertEquals(ReviewLinkProblem.TAMPERED, problem(() -> tokens.verifyReview(otherStore.reviewToken(7, 11, 13, in180Days), now)));
    }

    @Test
    void reviewAndSatisfactionTokensCannotStandInForEachOther() {
        String review = tokens.reviewToken(7, 11, 13, in180Days);
        String satisfaction = tokens.satisfactionToken(7, 11, in180Days);
        assertEquals(ReviewLinkProblem.MALFORMED, problem(() -> tokens.verifySatisfaction(review, now)));
        assertEquals(ReviewLinkProblem.MALFORMED, problem(() -> tokens.verifyReview(satisfaction, now)));
        String[] p = satisfaction.split("\\.");
        assertEquals(ReviewLinkProblem.TAMPERED, problem(() -> tokens.verifyReview(String.join(".", "r", p[1], p[2], "13", p[3], p[4]), now)),
                "a satisfaction signature does not sign a review");
        ReviewLink link = tokens.verifySatisfaction(satisfaction, now);
        assertEquals(11, link.getOrderId());
        assertEquals(0, link.getProductId());
    }

    @Test
    void malformedTokensSaySo() {
        assertEquals(ReviewLinkProblem.MALFORMED, problem(() -> tokens.verifyReview(null, now)));
        assertEquals(ReviewLinkProblem.MALFORMED, problem(() -> tokens.verifyReview("  ", now)));
        assertEquals(ReviewLinkProblem.MALFORMED, problem(() -> tokens.verifyReview("r.7.11.13", now)));
        String token = tokens.reviewToken(7, 11, 13, in180Days);
        assertEquals(ReviewLinkProblem.MALFORMED, problem(() -> tokens.verifyReview(token.substring(0, token.length() - 5), now)), "cut off");
        assertEquals(ReviewLinkProblem.MALFORMED, problem(() -> tokens.verifyReview("r.99999999999999999999.1.1.1." + token.substring(token.length() - 43), now)));
        assertEquals(ReviewLinkProblem.MALFORMED, problem(() -> tokens.verifyReview("<script>alert(1)</script>", now)));
    }

    @Test
    void tokensAreDeterministicPerBindingAndDifferPerProduct() {
        assertEquals(tokens.reviewToken(7, 11, 13, in180Days), tokens.reviewToken(7, 11, 13, in180Days));
        assertNotEquals(tokens.reviewToken(7, 11, 13, in180Days), tokens.reviewToken(7, 11, 14, in180Days));
        assertThrows(IllegalArgumentException.class, () -> tokens.reviewToken(0, 11, 13, in180Days));
    }

    private static ReviewLinkProblem problem(Runnable r) {
        return assertThrows(InvalidReviewLinkException.class, r::run).getProblem();
    }
}
