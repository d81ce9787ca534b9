package org.evergreenloyalty.review;

/**
 * The shopper's side of review requests (bean {@code evgReviewService}): open a review link, submit the
 * review, answer the satisfaction question. No login is needed: the signed link identifies the customer.
 */
public interface ReviewService {

    /**
     * What the review form shows for {@code token}.
     *
     * @throws InvalidReviewLinkException when the link is malformed, altered or expired
     * @throws ReviewException when the order or product is unknown to the review engine
     */
    ReviewInvitation open(String token);

    /**
     * Validates and stores the review: through Broadleaf's rating service (so the product's ratings include
     * it) and in the module's own table (title, display name, verified buyer, order, status). Pending or
     * approved at once, depending on the moderation setting. One review per product and customer: a second
     * submission, even a concurrent one, is refused with {@code evergreen.review.error.alreadyReviewed}.
     *
     * @throws InvalidReviewLinkException when the link is malformed, altered or expired
     * @throws ReviewException naming the field when the input is invalid; nothing is stored then
     */
    SubmittedReview submit(String token, ReviewInput input);

    /**
     * Checks a satisfaction link without storing anything (the page asks to confirm the score: mail scanners open links).
     *
     * @throws InvalidReviewLinkException when the link is malformed, altered or expired
     * @throws ReviewException when the order is unknown
     */
    ReviewLink checkSatisfactionLink(String token);

    /**
     * Records the order's satisfaction score (0-10). The first answer is kept.
     *
     * @throws InvalidReviewLinkException when the link is malformed, altered or expired
     * @throws ReviewException when the score is not 0-10 or the order is unknown
     */
    SatisfactionAnswer answerSatisfaction(String token, Integer score);
}
