package org.evergreenloyalty.notification;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One e-mail to send: template, recipient, subject (a message key resolved in the recipient's language, or a text),
 * the language (null: the customer's, else the store's default), template variables and, for e-mails a customer may
 * unsubscribe from, the customer id and category. Built with {@link #template(String)}; invalid input
 * is rejected when built, with a message saying what is wrong.
 */
public final class LoyaltyEmail {

    /** Variable names the mailer sets itself (and Broadleaf's e-mail service uses); callers cannot set them. */
    public static final Set<String> RESERVED_VARIABLES = Collections.unmodifiableSet(new HashSet<String>(Arrays.asList(
            "storeName", "storeUrl", "emailSubject", "unsubscribeUrl", "info", "user", "emailTrackingId",
            "evgSubject", "evgLocale")));

    private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)*");
    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    private final String template;
    private final String to;
    private final MailSubject subject;
    private final String locale;
    private final Map<String, Object> variables;
    private final Long customerId;
    private final String category;

    private LoyaltyEmail(Builder b) {
        this.template = b.template;
        this.to = b.to;
        this.subject = b.subject;
        this.locale = b.locale;
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<String, Object>(b.variables));
        this.customerId = b.customerId;
        this.category = b.category;
    }

    /** Starts an e-mail from the template {@code emailTemplates/evergreen/<name>.html}. */
    public static Builder template(String name) {
        return new Builder(name);
    }

    /** The template name below {@code evergreen/}, e.g. {@code points-earned}. */
    public String getTemplate() { return template; }
    /** The recipient's address. */
    public String getTo() { return to; }
    /** The subject's text, or its message key when it is resolved in the recipient's language. */
    public String getSubject() { return subject.toString(); }
    /** The subject as given. */
    public MailSubject getMailSubject() { return subject; }
    /** The language tag of the e-mail (e.g. {@code de}), or null for the customer's or the store's default. */
    public String getLocale() { return locale; }
    /** The caller's template variables. */
    public Map<String, Object> getVariables() { return variables; }
    /** The customer the e-mail is for, or null (then it has no category). */
    public Long getCustomerId() { return customerId; }
    /** The unsubscribe category, or null for an e-mail the customer cannot unsubscribe from. */
    public String getCategory() { return category; }

    /** Builds a {@link LoyaltyEmail}. */
    public static final class Builder {
        private final String template;
        private String to;
        private MailSubject subject;
        private String locale;
        private final Map<String, Object> variables = new LinkedHashMap<String, Object>();
        private Long customerId;
        private String category;

        private Builder(String template) {
            this.template = template;
        }

        /** The recipient's e-mail address. */
        public Builder to(String address) {
            this.to = address == null ? null : address.trim();
            return this;
        }

        /** The subject line as text, the same in every language (the module's e-mails use {@link #subject(MailSubject)}). */
        public Builder subject(String subject) {
            this.subject = subject == null ? null : MailSubject.text(subject);
            return this;
        }

        /** The subject, e.g. {@code MailSubject.key("evergreen.mail.birthday.subject", name)}. */
        public Builder subject(MailSubject subject) {
            this.subject = subject;
            return this;
        }

        /** The language of the e-mail as a tag ({@code de}, {@code en-GB}, {@code de_DE}); null or blank: decided when sent. */
        public Builder locale(String languageTag) {
            this.locale = languageTag == null || languageTag.trim().isEmpty() ? null : languageTag.trim();
            return this;
        }

        /** A template variable (plain values: strings, numbers, dates, lists and maps of them). */
        public Builder variable(String name, Object value) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("A template variable needs a name");
            }
            if (RESERVED_VARIABLES.contains(name)) {
                throw new IllegalArgumentException("The template variable '" + name + "' is set by the mailer; pick another name");
            }
            variables.put(name, value);
            return this;
        }

        /** Template variables, as {@link #variable(String, Object)} each. */
        public Builder variables(Map<String, ?> values) {
            for (Map.Entry<String, ?> e : values.entrySet()) {
                variable(e.getKey(), e.getValue());
            }
            return this;
        }

        /**
         * Makes it an e-mail of {@code category} for customer {@code customerId}: it gets an unsubscribe
         * link and is not sent if the customer unsubscribed from the category.
         */
        public Builder unsubscribable(long customerId, String category) {
            this.customerId = customerId;
            this.category = category;
            return this;
        }

        /** The e-mail. */
        public LoyaltyEmail build() {
            if (template == null || !TEMPLATE.matcher(template).matches()) {
                throw new IllegalArgumentException("E-mail template name '" + template
                        + "' is invalid: use lower-case letters, digits, '-', '_' and '/' (no extension)");
            }
            if (to == null || to.isEmpty()) {
                throw new IllegalArgumentException("E-mail '" + template + "' has no recipient address");
            }
            if (!ADDRESS.matcher(to).matches()) {
                throw new IllegalArgumentException("E-mail '" + template + "': '" + to + "' is not an e-mail address");
            }
            if (subject == null || (!subject.isKey() && (subject.getText() == null || subject.getText().trim().isEmpty()))) {
                throw new IllegalArgumentException("E-mail '" + template + "' has no subject");
            }
            if (subject.toString().indexOf('\r') >= 0 || subject.toString().indexOf('\n') >= 0) {
                throw new IllegalArgumentException("E-mail '" + template + "': the subject must be one line");
            }
            if (customerId != null && category == null) {
                throw new IllegalArgumentException("E-mail '" + template + "': an unsubscribable e-mail needs a category");
            }
            if (category != null && !CATEGORY.matcher(category).matches()) {
                throw new IllegalArgumentException("E-mail category '" + category
                        + "' is invalid: use 1-40 lower-case letters, digits and dashes");
            }
            if (customerId != null && customerId <= 0) {
                throw new IllegalArgumentException("E-mail '" + template + "': customer id must be positive, was " + customerId);
            }
            if (locale != null && !locale.matches("[A-Za-z]{2,8}([_-][A-Za-z0-9]{1,8})*")) {
                throw new IllegalArgumentException("E-mail '" + template + "': '" + locale + "' is not a language tag (e.g. en, de-DE)");
            }
            return new LoyaltyEmail(this);
        }
    }

    @Override
    public String toString() {
        return "evergreen/" + template + " to " + to + (category == null ? "" : " [" + category + ", customer " + customerId + "]");
    }
}
