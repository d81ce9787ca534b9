package org.evergreenloyalty.birthday;

/**
 * Whether a code typed at the cart may be used there, for codes the birthday feature issued. Broadleaf
 * itself accepts a foreign or expired code into the cart silently and just gives no discount; a store's
 * cart asks this first to tell the shopper why.
 */
public final class CodeCheck {

    /** The verdicts. */
    public enum Verdict {
        /** Not a birthday code: the store's usual promo handling applies. */
        NOT_BIRTHDAY_CODE,
        /** The shopper may use it. */
        OK,
        /** It belongs to another customer (or the shopper is not signed in). */
        NOT_YOURS,
        /** It was used on an order already. */
        USED,
        /** Its last valid day has passed. */
        EXPIRED,
        /** The cart's subtotal is below the code's minimum. */
        BELOW_MINIMUM
    }

    private final Verdict verdict;
    private final String messageKey;
    private final String message;
    private final Object[] arguments;

    public CodeCheck(Verdict verdict, String messageKey, String message, Object... arguments) {
        this.verdict = verdict;
        this.messageKey = messageKey;
        this.message = message;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public Verdict getVerdict() { return verdict; }
    /** Whether the cart should refuse the code (NOT_YOURS, USED, EXPIRED, BELOW_MINIMUM). */
    public boolean isRefused() {
        return verdict != Verdict.OK && verdict != Verdict.NOT_BIRTHDAY_CODE;
    }
    /** Message key in {@code messages/evergreen-birthday*.properties}, or null. */
    public String getMessageKey() { return messageKey; }
    /** The English message, or null. */
    public String getMessage() { return message; }
    public Object[] getArguments() { return arguments.clone(); }
}
