package org.evergreenloyalty.web.referral;

import java.util.Locale;

import org.evergreenloyalty.referral.ReferralException;
import org.springframework.context.MessageSource;

/** Texts of the {@code messages/evergreen-referral*.properties} bundle in the shopper's language. */
public class ReferralMessages {

    private final MessageSource messages;

    public ReferralMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of {@code key} with {@code args}; the key itself when the bundle lacks it. */
    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args == null || args.length == 0 ? null : args, key, locale);
    }

    /** The shopper-facing text of a refused action; the engine's English text when the bundle lacks the key. */
    public String text(ReferralException e, Locale locale) {
        String fallback = e.getMessage() == null ? e.getMessageKey() : e.getMessage();
        if (e.getMessageKey() == null) {
            return fallback;
        }
        Object[] args = e.getArguments();
        return messages.getMessage(e.getMessageKey(), args.length == 0 ? null : args, fallback, locale);
    }
}
