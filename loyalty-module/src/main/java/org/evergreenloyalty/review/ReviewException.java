package org.evergreenloyalty.review;

/**
 * A review action the engine refused (bad input, an invalid or expired link, a review that exists already, a
 * decision on a review that is decided); nothing was changed. {@link #getMessageKey()} names the text in
 * {@code messages/evergreen-review*.properties}, {@link #getField()} the form field it belongs to.
 */
public class ReviewException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public ReviewException(String field, String messageKey, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** The form field at fault ({@code rating}, {@code title}, {@code text}, {@code displayName}, {@code reason}), or null. */
    public String getField() { return field; }
    /** Message bundle key, e.g. {@code evergreen.review.error.ratingRange}. */
    public String getMessageKey() { return messageKey; }
    /** Arguments of the message ({0}, {1}, ...). */
    public Object[] getArguments() { return arguments.clone(); }
}
