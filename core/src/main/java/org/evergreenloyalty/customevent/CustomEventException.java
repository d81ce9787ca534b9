package org.evergreenloyalty.customevent;

import org.evergreenloyalty.support.RefusedException;

/** A custom event or rule the engine refused (unknown or inactive type, over the limit, bad input); nothing changed. */
public class CustomEventException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public CustomEventException(String field, String messageKey, String message, Object... arguments) {
        super(field, messageKey, message, arguments);
    }
}
