package org.evergreenloyalty.referral;

/**
 * A referral action the engine refused; nothing changed. {@link #getMessageKey()} names the message of the
 * {@code messages/evergreen-referral} bundle, {@link #getMessage()} is the English text.
 */
public class ReferralException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final Object[] arguments;

    public ReferralException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** Message bundle key, e.g. {@code evergreen.referral.admin.notFlagged}. */
    public String getMessageKey() { return messageKey; }
    public Object[] getArguments() { return arguments.clone(); }
}
