package org.evergreenloyalty.points;

import org.evergreenloyalty.support.RefusedException;

/** A redemption the engine refused; the message key names the shopper-facing text, nothing changed. */
public class RedemptionException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public RedemptionException(String messageKey, String message, Object... arguments) {
        super(null, messageKey, message, arguments);
    }
}
