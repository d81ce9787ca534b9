package org.evergreenloyalty.points;

/** A redemption the engine refused; {@link #getMessageKey()} names the shopper-facing message, nothing changed. */
public class RedemptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final Object[] arguments;

    public RedemptionException(String messageKey, String message, Object... arguments) {
        super(message);
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** Message bundle key, e.g. {@code evergreen.redeem.error.overBalance}. */
    public String getMessageKey() { return messageKey; }
    public Object[] getArguments() { return arguments.clone(); }
}
