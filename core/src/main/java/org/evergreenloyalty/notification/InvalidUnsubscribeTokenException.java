package org.evergreenloyalty.notification;

/**
 * An unsubscribe token was missing, malformed or not signed by this store; nothing was changed.
 * {@link #getMessageKey()} names the reason's text in {@code messages/evergreen*.properties} (English, German);
 * {@link #getMessage()} is the English text.
 */
public class InvalidUnsubscribeTokenException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public InvalidUnsubscribeTokenException(String message) {
        this(null, message);
    }

    public InvalidUnsubscribeTokenException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    /** Message bundle key of the reason, e.g. {@code evergreen.unsubscribe.invalid.signature}, or null. */
    public String getMessageKey() { return messageKey; }
}
