package org.evergreenloyalty.web;

import java.util.Locale;

import org.evergreenloyalty.points.RedemptionException;
import org.springframework.context.MessageSource;

/**
 * Turns message keys of the module's bundle ({@code messages/evergreen*.properties}) into text in the
 * shopper's language, including the keys of the engine's {@link RedemptionException}s.
 */
public class StorefrontMessages {

    /** Shown when a redemption fails for a reason the engine did not name. */
    public static final String UNEXPECTED = "evergreen.redeem.error.unexpected";
    /** The engine's "over the maximum" without a usable maximum: a number too long to be a points amount. */
    public static final String TOO_MANY = "evergreen.redeem.error.tooMany";

    private final MessageSource messages;

    public StorefrontMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of {@code key} with {@code args}; the key itself when the bundle lacks it. */
    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args == null || args.length == 0 ? null : args, key, locale);
    }

    /** The text of {@code key}, or {@code fallback} when the bundle lacks it. */
    public String textOr(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    /** The shopper-facing text of a refused redemption; the engine's English message if the bundle lacks the key. */
    public String text(RedemptionException e, Locale locale) {
        String key = e.getMessageKey();
        Object[] args = e.getArguments();
        if ("evergreen.redeem.error.overMaximum".equals(key) && (args.length == 0 || isZero(args[0]))) {
            key = TOO_MANY;
            args = new Object[0];
        }
        if (key == null) {
            return e.getMessage() == null ? text(UNEXPECTED, locale) : e.getMessage();
        }
        String fallback = e.getMessage() == null ? key : e.getMessage();
        return messages.getMessage(key, args.length == 0 ? null : args, fallback, locale);
    }

    private static boolean isZero(Object o) {
        return o instanceof Number && ((Number) o).longValue() == 0;
    }
}
