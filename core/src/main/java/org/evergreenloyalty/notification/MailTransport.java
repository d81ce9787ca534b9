package org.evergreenloyalty.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a template and hands the e-mail to the mail server: the platform side of the
 * {@link LoyaltyMailer} (in a Broadleaf store, Broadleaf's e-mail service).
 */
public interface MailTransport {

    /**
     * Sends the template {@code templatePath} (relative to the e-mail template root, without extension)
     * rendered with {@code variables}.
     *
     * @throws MailDeliveryException if rendering or sending failed
     */
    void send(String templatePath, String to, String from, String subject, Map<String, Object> variables);

    /**
     * Sends {@code message}, its template rendered in the message's language (the texts of its {@code #{...}}
     * expressions). This default ignores the language; a platform's transport renders in it.
     *
     * @throws MailDeliveryException if rendering or sending failed
     */
    default void send(Message message) {
        send(message.templatePath, message.to, message.from, message.subject, message.variables);
    }

    /**
     * Sends several e-mails, over one connection to the mail server where the platform can (rendering them all
     * first); returns, per message in order, null when it was sent or why it was not. This default sends them one by
     * one with {@link #send}.
     */
    default List<RuntimeException> sendAll(List<Message> messages) {
        List<RuntimeException> failures = new ArrayList<RuntimeException>();
        for (Message m : messages) {
            try {
                send(m);
                failures.add(null);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        return failures;
    }

    /** One e-mail of {@link #sendAll}: what {@link #send} takes. */
    final class Message {
        public final String templatePath;
        public final String to;
        public final String from;
        public final String subject;
        public final Map<String, Object> variables;
        /** The language the template is rendered in (null: the platform's default). */
        public final Locale locale;

        public Message(String templatePath, String to, String from, String subject, Map<String, Object> variables) {
            this(templatePath, to, from, subject, variables, null);
        }

        public Message(String templatePath, String to, String from, String subject, Map<String, Object> variables, Locale locale) {
            this.templatePath = templatePath;
            this.to = to;
            this.from = from;
            this.subject = subject;
            this.variables = variables;
            this.locale = locale;
        }
    }
}
