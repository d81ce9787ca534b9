package org.evergreenloyalty.broadleaf.email;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.common.email.domain.EmailTargetImpl;
import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.EmailServiceImpl;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.common.email.service.message.EmailPropertyType;
import org.broadleafcommerce.common.email.service.message.MessageCreator;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.evergreenloyalty.notification.MailDeliveryException;
import org.evergreenloyalty.notification.MailTransport;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends the module's e-mails through Broadleaf's {@code blEmailService}: an {@link EmailInfo} naming the
 * template, rendered by {@code blMessageCreator} (the module wires Broadleaf's ThymeleafMessageCreator
 * with {@code blEmailTemplateEngine}, so templates live under {@code emailTemplates/} on the classpath,
 * where a store can override them) and sent synchronously. Several e-mails at once ({@link #sendAll}, the outbox's
 * pages) are rendered by the same message creator and go out over one connection of its JavaMailSender (without
 * Broadleaf's e-mail tracking rows, which the module's templates do not use); a store whose e-mail service is not
 * Broadleaf's {@link EmailServiceImpl} gets them one by one. A message with a language is rendered in it: Broadleaf's
 * message creator takes the language of the thread's {@link BroadleafRequestContext}, which is set to the message's
 * for the rendering and restored after it (so the templates' {@code #{...}} texts come in the customer's language).
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
        try {
            emailService.sendTemplateEmail(to, info(templatePath, from, subject), new HashMap<String, Object>(variables));
        } catch (RuntimeException e) {
            throw failure(templatePath, to, e);
        }
    }

    @Override
    public void send(Message m) {
        try {
            inLocale(m.locale, () -> {
                emailService.sendTemplateEmail(m.to, info(m.templatePath, m.from, m.subject), new HashMap<String, Object>(m.variables));
                return null;
            });
        } catch (Exception e) {
            throw failure(m.templatePath, m.to, e);
        }
    }

    @Override
    public List<RuntimeException> sendAll(List<Message> messages) {
        MessageCreator creator = emailService instanceof EmailServiceImpl ? ((EmailServiceImpl) emailService).getMessageCreator() : null;
        JavaMailSender sender = creator == null ? null : creator.getMailSender();
        if (sender == null) {
            return MailTransport.super.sendAll(messages);
        }
        List<RuntimeException> failures = new ArrayList<RuntimeException>();
        List<MimeMessage> rendered = new ArrayList<MimeMessage>();
        List<Integer> positions = new ArrayList<Integer>();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            failures.add(null);
            try {
                MimeMessage mime = sender.createMimeMessage();
                inLocale(m.locale, () -> {
                    creator.buildMimeMessagePreparator(properties(m)).prepare(mime);
                    return null;
                });
                rendered.add(mime);
                positions.add(i);
            } catch (Exception e) {
                failures.set(i, failure(m.templatePath, m.to, e));
            }
        }
        if (rendered.isEmpty()) {
            return failures;
        }
        try {
            sender.send(rendered.toArray(new MimeMessage[rendered.size()]));
        } catch (MailSendException e) {
            Map<Object, Exception> failed = e.getFailedMessages();
            for (int k = 0; k < rendered.size(); k++) {
                Exception why = failed.isEmpty() ? e : failed.get(rendered.get(k));
                if (why != null) {
                    Message m = messages.get(positions.get(k));
                    failures.set(positions.get(k), failure(m.templatePath, m.to, why));
                }
            }
        } catch (MailException e) {
            for (int k = 0; k < rendered.size(); k++) {
                Message m = messages.get(positions.get(k));
                failures.set(positions.get(k), failure(m.templatePath, m.to, e));
            }
        }
        return failures;
    }

    /**
     * Runs {@code work} with the thread's Broadleaf request context in {@code locale} (a context of its own when the
     * thread has none), restoring the context's language afterwards; {@code work} alone when {@code locale} is null.
     */
    public static <T> T inLocale(Locale locale, Callable<T> work) throws Exception {
        if (locale == null) {
            return work.call();
        }
        BroadleafRequestContext previous = BroadleafRequestContext.getBroadleafRequestContext();
        BroadleafRequestContext context = previous != null ? previous : new BroadleafRequestContext();
        org.broadleafcommerce.common.locale.domain.Locale before = previous == null ? null : previous.getLocale();
        LocaleImpl language = new LocaleImpl();
        language.setLocaleCode(locale.toString());
        context.setLocale(language);
        if (previous == null) {
            BroadleafRequestContext.setBroadleafRequestContext(context);
        }
        try {
            return work.call();
        } finally {
            if (previous == null) {
                BroadleafRequestContext.setBroadleafRequestContext(null);
            } else {
                previous.setLocale(before);
            }
        }
    }

    /** What Broadleaf's e-mail service hands its message creator. */
    private static Map<String, Object> properties(Message m) {
        Map<String, Object> props = new HashMap<String, Object>(m.variables);
        EmailTargetImpl target = new EmailTargetImpl();
        target.setEmailAddress(m.to);
        props.put(EmailPropertyType.INFO.getType(), info(m.templatePath, m.from, m.subject));
        props.put(EmailPropertyType.USER.getType(), target);
        return props;
    }

    private static EmailInfo info(String templatePath, String from, String subject) {
        EmailInfo info = new EmailInfo();
        info.setEmailType(EMAIL_TYPE);
        info.setEmailTemplate(templatePath);
        info.setSubject(subject);
        info.setFromAddress(from);
        info.setEncoding("UTF-8");
        info.setSendEmailReliableAsync("false");
        return info;
    }

    private static MailDeliveryException failure(String templatePath, String to, Exception e) {
        return new MailDeliveryException("Could not send e-mail '" + templatePath + "' to " + to + ": " + rootMessage(e), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
    }
}
