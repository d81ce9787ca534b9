package org.evergreenloyalty.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The language of the module's e-mails and their texts: an e-mail goes out in the language given for it, else the
 * customer's (Broadleaf's locale of the customer), else the store's default {@code evergreen.mail.defaultLocale};
 * its subject and body texts come from the message bundles ({@code messages/evergreen-mail*.properties}, English and
 * German) in that language.
 */
public class MailTexts {

    private final MessageSource messages;
    private final Locale defaultLocale;

    /** @param defaultLocale the store's default language tag, e.g. {@code en} or {@code de} */
    public MailTexts(MessageSource messages, String defaultLocale) {
        this.messages = messages;
        Locale parsed = parse(defaultLocale);
        this.defaultLocale = parsed == null ? Locale.ENGLISH : parsed;
    }

    /** The store's default language. */
    public Locale defaultLocale() {
        return defaultLocale;
    }

    /** The first of {@code tags} that names a language (e.g. {@code de_DE}, {@code de-DE}, {@code de}), else the store's default. */
    public Locale locale(String... tags) {
        for (String tag : tags) {
            Locale l = parse(tag);
            if (l != null) {
                return l;
            }
        }
        return defaultLocale;
    }

    /** The text of {@code key} in {@code locale} with {@code args}; the key itself when no bundle has it. */
    public String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The subject in {@code locale}: a key's text, or the text given. */
    public String subject(MailSubject subject, Locale locale) {
        if (!subject.isKey()) {
            return subject.getText();
        }
        Object[] args = subject.getArgs().toArray();
        for (int i = 0; i < args.length; i++) {
            args[i] = args[i] instanceof MailMoney ? ((MailMoney) args[i]).format(locale) : args[i];
        }
        return text(locale, subject.getKey(), args);
    }

    /** {@code de_DE} / {@code de-DE} / {@code de} as a locale; null for null, blank or not a language. */
    public static Locale parse(String tag) {
        if (tag == null || tag.trim().isEmpty()) {
            return null;
        }
        Locale l = Locale.forLanguageTag(tag.trim().replace('_', '-'));
        return l.getLanguage().isEmpty() ? null : l;
    }
}
