package org.evergreenloyalty.support;

/**
 * Something the engine refused (bad input, a rule that forbids it, a state that does not allow it); nothing was
 * changed. Each feature has its own subclass. {@link #getMessageKey()} and {@link #getArguments()} name the text in
 * the feature's message bundle, so a storefront or admin page can show it in the reader's language;
 * {@link #getMessage()} is the English text; {@link #getField()} is the form field at fault, or null.
 */
public abstract class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    protected RefusedException(String field, String messageKey, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The form field at fault, or null for the whole request. */
    public String getField() { return field; }
    /** Message bundle key, e.g. {@code evergreen.redeem.error.overBalance}. */
    public String getMessageKey() { return messageKey; }
    /** Arguments of the message ({0}, {1}, ...). */
    public Object[] getArguments() { return arguments.clone(); }
}
