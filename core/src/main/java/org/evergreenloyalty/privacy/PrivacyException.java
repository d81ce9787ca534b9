package org.evergreenloyalty.privacy;

import org.evergreenloyalty.support.RefusedException;

/** An export or erasure the privacy feature refused (unknown customer, missing reason); nothing was changed. */
public class PrivacyException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public PrivacyException(String field, String messageKey, String message, Object... arguments) {
        super(field, messageKey, message, arguments);
    }
}
