package org.evergreenloyalty.birthday;

import org.evergreenloyalty.support.RefusedException;

/**
 * A birthday request the engine refused (bad input, a change too soon, a missing reason); nothing was changed. The
 * message keys are in {@code messages/evergreen-birthday*.properties}; the field is {@code month}, {@code day},
 * {@code year}, {@code reason} or null for the whole form.
 */
public class BirthdayException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public BirthdayException(String field, String messageKey, String message, Object... arguments) {
        super(field, messageKey, message, arguments);
    }
}
