package org.evergreenloyalty.notification;

/** An unsubscribe token was missing, malformed or not signed by this store; nothing was changed. */
public class InvalidUnsubscribeTokenException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidUnsubscribeTokenException(String message) {
        super(message);
    }
}
