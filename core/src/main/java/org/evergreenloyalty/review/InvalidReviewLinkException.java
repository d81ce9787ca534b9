package org.evergreenloyalty.review;

/** A review or satisfaction link whose token is malformed, altered or expired; says which. */
public class InvalidReviewLinkException extends ReviewException {

    private static final long serialVersionUID = 1L;

    private final ReviewLinkProblem problem;

    public InvalidReviewLinkException(ReviewLinkProblem problem, String message) {
        super(null, "evergreen.review.error.link." + problem.name().toLowerCase(java.util.Locale.ROOT), message);
        this.problem = problem;
    }

    public ReviewLinkProblem getProblem() { return problem; }
}
