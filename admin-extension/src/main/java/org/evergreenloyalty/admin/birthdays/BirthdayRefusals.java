package org.evergreenloyalty.admin.birthdays;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.evergreenloyalty.birthday.BirthdayException;
import org.springframework.context.MessageSource;

/**
 * Turns the birthday engine's refusals into text for admins. The engine's keys ({@code evergreen.birthday.error.*})
 * speak to the shopper ("your birthday"); where the admin bundle has a text of its own under
 * {@code evergreen.birthdays.error.<name>} that one is used, else the engine's text, else the exception's message.
 */
public final class BirthdayRefusals {

    static final String ENGINE_PREFIX = "evergreen.birthday.error.";
    static final String ADMIN_PREFIX = "evergreen.birthdays.error.";

    private final MessageSource messages;

    public BirthdayRefusals(MessageSource messages) {
        this.messages = messages;
    }

    /** The text of {@code e} in {@code locale}. */
    public String message(BirthdayException e, Locale locale) {
        Object[] args = e.getArguments();
        String key = e.getMessageKey();
        if (key == null) {
            return e.getMessage();
        }
        if (key.equals(ENGINE_PREFIX + "noSuchDay") && args.length > 2 && args[1] instanceof Integer) {
            args = new Object[] {args[0], Month.of((Integer) args[1]).getDisplayName(TextStyle.FULL, locale), args[2]};
        }
        String engineText = messages.getMessage(key, args, e.getMessage(), locale);
        if (key.startsWith(ENGINE_PREFIX)) {
            return messages.getMessage(ADMIN_PREFIX + key.substring(ENGINE_PREFIX.length()), args, engineText, locale);
        }
        return engineText;
    }
}
