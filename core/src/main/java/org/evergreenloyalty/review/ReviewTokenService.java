package org.evergreenloyalty.review;

import java.util.Date;

/**
 * Signs and checks the tokens of review and satisfaction links (bean {@code evgReviewTokens}). A token is
 * bound to the customer, the order and (review links) the product, and expires; its HMAC-SHA256 signature uses
 * the module's signing secret, so it cannot be forged or moved to another customer, order or product. The
 * star or score clicked is not part of the token (it only presets the form).
 */
public interface ReviewTokenService {

    /** The token of a link to review {@code productId} of {@code orderId}, for {@code customerId}, valid until {@code expiresAt}. */
    String reviewToken(long customerId, long orderId, long productId, Date expiresAt);

    /** The token of the satisfaction question's links of {@code orderId}. */
    String satisfactionToken(long customerId, long orderId, Date expiresAt);

    /**
     * Checks a review link's token at {@code now}.
     *
     * @throws InvalidReviewLinkException saying whether it is malformed, altered or expired
     */
    ReviewLink verifyReview(String token, Date now);

    /**
     * Checks a satisfaction link's token at {@code now} (a review token is not accepted, nor the reverse).
     *
     * @throws InvalidReviewLinkException saying whether it is malformed, altered or expired
     */
    ReviewLink verifySatisfaction(String token, Date now);
}
