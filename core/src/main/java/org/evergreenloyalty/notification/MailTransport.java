package org.evergreenloyalty.notification;

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
}
