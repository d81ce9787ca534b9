package org.evergreenloyalty.review;

import org.evergreenloyalty.support.RefusedException;

/**
 * A review action the engine refused (bad input, an invalid or expired link, a review that exists already, a
 * decision on a review that is decided); nothing was changed. The message keys are in
 * {@code messages/evergreen-review*.properties}; the field is {@code rating}, {@code title}, {@code text},
 * {@code displayName}, {@code reason} or null.
 */
public class ReviewException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ReviewException(String field, String messageKey, String message, Object... arguments) {
        super(field, messageKey, message, arguments);
    }
}
