package org.evergreenloyalty.webhook;

import org.evergreenloyalty.support.RefusedException;

/** A webhook change the engine refused (a bad URL, no events, an unknown subscription); nothing was changed. */
public class WebhookException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public WebhookException(String field, String messageKey, String message, Object... arguments) {
        super(field, messageKey, message, arguments);
    }
}
