package org.evergreenloyalty.notification;

/** An e-mail could not be rendered or handed to the mail server; the caller may retry later. */
public class MailDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
