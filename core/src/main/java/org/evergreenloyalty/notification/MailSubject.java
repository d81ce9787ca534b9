package org.evergreenloyalty.notification;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An e-mail's subject: either a message key with its arguments, resolved in the recipient's language when the e-mail
 * is sent (the module's own e-mails), or a text given as it is (a store's or the admin's own e-mails).
 */
public final class MailSubject implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> args;
    private final String text;

    private MailSubject(String key, List<Object> args, String text) {
        this.key = key;
        this.args = args;
        this.text = text;
    }

    /** The message {@code key} of a bundle, with its arguments ({0}, {1}, ...: strings, numbers and {@link MailMoney}). */
    public static MailSubject key(String key, Object... args) {
        if (key == null || key.trim().isEmpty()) {
            throw new IllegalArgumentException("A subject key must not be empty");
        }
        for (Object a : args) {
            if (a != null && !(a instanceof String) && !(a instanceof Number) && !(a instanceof MailMoney)) {
                throw new IllegalArgumentException("Subject '" + key + "': arguments must be strings, numbers or MailMoney, not "
                        + a.getClass().getName());
            }
        }
        return new MailSubject(key, Collections.unmodifiableList(new ArrayList<Object>(Arrays.asList(args))), null);
    }

    /** A subject given as text, the same in every language. */
    public static MailSubject text(String text) {
        return new MailSubject(null, Collections.emptyList(), text);
    }

    /** The message key, or null for a text. */
    public String getKey() { return key; }
    /** The key's arguments (empty for a text). */
    public List<Object> getArgs() { return args; }
    /** The text, or null for a key. */
    public String getText() { return text; }
    public boolean isKey() { return key != null; }

    /** The text, or the key (as a readable stand-in where no language applies, e.g. the outbox's subject column). */
    @Override
    public String toString() {
        return key != null ? key : text;
    }
}
