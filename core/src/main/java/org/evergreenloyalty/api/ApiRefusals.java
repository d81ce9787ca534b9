package org.evergreenloyalty.api;

import java.util.Collections;

import org.evergreenloyalty.points.RedemptionException;
import org.evergreenloyalty.review.InvalidReviewLinkException;
import org.evergreenloyalty.review.ReviewException;
import org.evergreenloyalty.support.RefusedException;

/**
 * Maps the engine's refusals to API problems, keeping the engine's message key as the stable code: a refusal
 * about one input field is a 400 naming that field, an unknown or expired review link a 404, a review already
 * written a 409, another customer's cart a 403, any other rule a 422.
 */
public final class ApiRefusals {

    private ApiRefusals() {
    }

    /** The problem of a refused redemption. */
    public static ApiProblem of(RedemptionException e) {
        String key = key(e, "evergreen.redeem.error.unexpected");
        if ("evergreen.redeem.error.notYourCart".equals(key)) {
            return new ApiProblem(403, key, e.getArguments());
        }
        if (key.startsWith("evergreen.redeem.error.") && isPointsInput(key)) {
            return ApiProblem.validation(Collections.singletonList(new ApiProblem.FieldProblem("points", key, e.getArguments())));
        }
        return new ApiProblem(422, key, e.getArguments());
    }

    /** The problem of a refused review. */
    public static ApiProblem of(ReviewException e) {
        String key = key(e, "evergreen.review.error.unexpected");
        if (e instanceof InvalidReviewLinkException) {
            return new ApiProblem(404, key, e.getArguments());
        }
        if ("evergreen.review.error.alreadyReviewed".equals(key)) {
            return new ApiProblem(409, key, e.getArguments());
        }
        if (e.getField() != null) {
            return ApiProblem.validation(Collections.singletonList(new ApiProblem.FieldProblem(e.getField(), key, e.getArguments())));
        }
        return new ApiProblem(422, key, e.getArguments());
    }

    private static String key(RefusedException e, String fallback) {
        return e.getMessageKey() == null ? fallback : e.getMessageKey();
    }

    /** Whether the key is about the number of points asked for (as opposed to the cart or the account). */
    private static boolean isPointsInput(String key) {
        String k = key.substring("evergreen.redeem.error.".length());
        return k.equals("empty") || k.equals("negative") || k.equals("fraction") || k.equals("notANumber")
                || k.equals("step") || k.equals("overBalance") || k.equals("overMaximum") || k.equals("belowMinimum");
    }
}
