package org.evergreenloyalty.broadleaf.email;

import java.util.HashMap;
import java.util.Map;

import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.evergreenloyalty.notification.MailDeliveryException;
import org.evergreenloyalty.notification.MailTransport;

/**
 * Sends the module's e-mails through Broadleaf's {@code blEmailService}: an {@link EmailInfo} naming the
 * template, rendered by {@code blMessageCreator} (the module wires Broadleaf's ThymeleafMessageCreator
 * with {@code blEmailTemplateEngine}, so templates live under {@code emailTemplates/} on the classpath,
 * where a store can override them) and sent synchronously.
 */
public class BroadleafMailTransport implements MailTransport {

    /** Broadleaf's e-mail tracking type of the module's e-mails. */
    public static final String EMAIL_TYPE = "EVERGREEN";

    private final EmailService emailService;

    public BroadleafMailTransport(EmailService emailService) {
        this.emailService = emailService;
    }

    @Override
    public void send(String templatePath, String to, String from, String subject, Map<String, Object> variables) {
        EmailInfo info = new EmailInfo();
        info.setEmailType(EMAIL_TYPE);
        info.setEmailTemplate(templatePath);
        info.setSubject(subject);
        info.setFromAddress(from);
        info.setEncoding("UTF-8");
        info.setSendEmailReliableAsync("false");
        try {
            emailService.sendTemplateEmail(to, info, new HashMap<String, Object>(variables));
        } catch (RuntimeException e) {
            throw new MailDeliveryException("Could not send e-mail '" + templatePath + "' to " + to + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
    }
}
