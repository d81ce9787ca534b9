package org.evergreenloyalty.apikey;

import org.evergreenloyalty.support.RefusedException;

/** A refused API key change (bad name, scope or expiry, no such key); nothing was changed. */
public class ApiKeyException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ApiKeyException(String field, String messageKey, String message, Object... arguments) {
        super(field, messageKey, message, arguments);
    }
}
