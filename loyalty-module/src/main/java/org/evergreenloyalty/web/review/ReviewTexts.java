package org.evergreenloyalty.web.review;

import java.util.Locale;

import org.evergreenloyalty.review.ReviewException;
import org.springframework.context.MessageSource;

/** The review pages' texts of {@code messages/evergreen-review*.properties} in the shopper's language (bean {@code evgReviewTexts}). */
public class ReviewTexts {

    private final MessageSource messages;

    public ReviewTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of {@code key} with {@code args}; the key itself when the bundle lacks it. */
    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args == null || args.length == 0 ? null : args, key, locale);
    }

    /** The shopper-facing text of a refused review action; the engine's English message when the bundle lacks the key. */
    public String text(ReviewException e, Locale locale) {
        Object[] args = e.getArguments();
        String fallback = e.getMessage() == null ? e.getMessageKey() : e.getMessage();
        return e.getMessageKey() == null ? fallback : messages.getMessage(e.getMessageKey(), args.length == 0 ? null : args, fallback, locale);
    }
}
