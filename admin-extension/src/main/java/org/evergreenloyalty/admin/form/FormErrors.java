package org.evergreenloyalty.admin.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * The problems found in one submitted admin form: at most one message per field (the first found), plus
 * problems of the form as a whole under {@link #FORM}. Messages are resolved from the admin's message bundle
 * when they are recorded, or taken as given (e.g. the loyalty engine's own validation messages).
 */
public final class FormErrors {

    /** The key of problems that belong to no single field. */
    public static final String FORM = "form";

    private final Map<String, String> messages = new LinkedHashMap<String, String>();
    private final MessageSource messageSource;
    private final Locale locale;

    public FormErrors(MessageSource messageSource, Locale locale) {
        this.messageSource = messageSource;
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** Records the bundle message {@code key} for {@code field}, unless the field already has a problem. */
    public void reject(String field, String key, Object... args) {
        rejectText(field, messageSource.getMessage(key, args, key, locale));
    }

    /** Records {@code text} as it is for {@code field}, unless the field already has a problem. */
    public void rejectText(String field, String text) {
        if (!messages.containsKey(field)) {
            messages.put(field, text);
        }
    }

    /** Records every entry of {@code fieldMessages} (field to text) not recorded yet. */
    public void rejectAll(Map<String, String> fieldMessages) {
        for (Map.Entry<String, String> e : fieldMessages.entrySet()) {
            rejectText(e.getKey(), e.getValue());
        }
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** Whether {@code field} has a problem. */
    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The problem of {@code field}, or null. */
    public String get(String field) {
        return messages.get(field);
    }

    /** Every problem, field to message, in the order found. */
    public Map<String, String> getAll() {
        return Collections.unmodifiableMap(messages);
    }

    @Override
    public String toString() {
        return messages.toString();
    }
}
