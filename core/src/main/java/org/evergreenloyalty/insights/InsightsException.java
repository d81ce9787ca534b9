package org.evergreenloyalty.insights;

/**
 * A report request the engine refuses (a bad or reversed date range, a period too long, an invalid setting):
 * carries the message key (bundle {@code messages/evergreen-insights}) and its arguments, so the admin can show a
 * clear message in the user's language. Nothing is changed when it is thrown.
 */
public class InsightsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] args;

    public InsightsException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** The key of the message in {@code messages/evergreen-insights}. */
    public String getMessageKey() { return messageKey; }

    /** The message's arguments. */
    public Object[] getArgs() { return args.clone(); }
}
