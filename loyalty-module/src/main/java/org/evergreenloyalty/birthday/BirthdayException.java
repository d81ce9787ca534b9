package org.evergreenloyalty.birthday;

/**
 * A birthday request the engine refused (bad input, a change too soon, a missing reason); nothing was
 * changed. {@link #getMessageKey()} names the shopper- or admin-facing text in
 * {@code messages/evergreen-birthday*.properties}, {@link #getField()} the form field it belongs to.
 */
public class BirthdayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public BirthdayException(String field, String messageKey, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The form field at fault ({@code month}, {@code day}, {@code year}, {@code reason}), or null for the whole form. */
    public String getField() { return field; }
    /** Message bundle key, e.g. {@code evergreen.birthday.error.noSuchDay}. */
    public String getMessageKey() { return messageKey; }
    /** Arguments of the message ({0}, {1}, ...). */
    public Object[] getArguments() { return arguments.clone(); }
}
