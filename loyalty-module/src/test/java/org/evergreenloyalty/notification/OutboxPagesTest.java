package org.evergreenloyalty.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.annotation.Resource;
import javax.mail.NoSuchProviderException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.common.email.service.EmailServiceImpl;
import org.broadleafcommerce.common.email.service.message.ThymeleafMessageCreator;
import org.evergreenloyalty.broadleaf.email.BroadleafMailTransport;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thymeleaf.TemplateEngine;

/**
 * The outbox sends a page at a time against a real SMTP server (GreenMail): each slice of a page goes over one
 * connection, rendered by Broadleaf's message creator outside any transaction; one e-mail that cannot be made fails
 * alone and is retried; an unsubscribed customer is skipped within the page; and a node that dies after sending a
 * page but before recording it re-sends at most that claimed page once its lease ran out.
 */
@BroadleafIntegrationTest
class OutboxPagesTest {

    @Resource(name = "evgOutboxRepository")
    OutboxRepository repository;
    @Resource(name = "evgCustomerDirectory")
    CustomerDirectory customers;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @Resource(name = "evgClock")
    AdjustableClock moduleClock;
    @Resource(name = "evgMailTexts")
    private MailTexts mailTexts;
    @Resource(name = "evgMailSettings")
    MailSettings mailSettings;
    @Resource(name = "evgEmailPreferences")
    EmailPreferenceService preferences;
    @Resource(name = "evgUnsubscribeTokens")
    UnsubscribeTokenService tokens;
    @Resource(name = "blEmailTemplateEngine")
    TemplateEngine templates;
    @Resource(name = "evgMailSender")
    JavaMailSenderImpl smtp;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final AtomicLong now = new AtomicLong();
    private final Clock clock = () -> new Date(now.get());
    private final List<OutboxSender> senders = new ArrayList<OutboxSender>();
    private final List<Long> queued = new ArrayList<Long>();
    private final AtomicInteger connections = new AtomicInteger();
    private LoyaltyMailer mailer;

    @BeforeEach
    void countingMailer() {
        now.set(moduleClock.now().getTime());
        JavaMailSenderImpl counting = new JavaMailSenderImpl() {
            @Override
            protected Transport getTransport(Session session) throws NoSuchProviderException {
                connections.incrementAndGet();
                return super.getTransport(session);
            }
        };
        counting.setHost(smtp.getHost());
        counting.setPort(smtp.getPort());
        counting.setDefaultEncoding("UTF-8");
        EmailServiceImpl service = new EmailServiceImpl();
        service.setMessageCreator(new ThymeleafMessageCreator(templates, counting));
        mailer = new DefaultLoyaltyMailer(mailSettings, preferences, tokens, new BroadleafMailTransport(service), mailTexts);
    }

    @AfterEach
    void cleanUp() {
        senders.forEach(OutboxSender::destroy);
        new TransactionTemplate(txm).execute(s -> queued.isEmpty() ? 0
                : em.createQuery("delete from OutboxMail m where m.id in :ids").setParameter("ids", queued).executeUpdate());
    }

    @Test
    void aPageGoesOutOverOneConnectionPerSlice() {
        List<String> to = addresses("slice", 45);
        queueAll(to, "test-message");
        OutboxSender sender = sender("threads", "3", "pageSize", "200");

        connections.set(0);
        assertTrue(sender.sendDue() >= 45);

        assertTrue(connections.get() <= 3, "at most one connection per thread, was " + connections.get());
        for (String a : to) {
            assertEquals(1, TestMailServer.messagesTo(a).size(), a);
        }
        for (long id : queued) {
            assertEquals(OutboxStatus.SENT, mail(id).getStatus());
            assertEquals(1, mail(id).getAttempts());
        }
    }

    @Test
    void anEmailThatCannotBeMadeFailsAloneAndIsRetriedAfterTheBackoff() {
        List<String> to = addresses("bad", 6);
        queueAll(to.subList(0, 5), "test-message");
        long broken = queue(to.get(5), "no-such-template", null);
        OutboxSender sender = sender("pageSize", "200", "backoffSeconds", "60");

        sender.sendDue();

        for (String a : to.subList(0, 5)) {
            assertEquals(1, TestMailServer.messagesTo(a).size(), a);
        }
        OutboxMail b = mail(broken);
        assertEquals(OutboxStatus.PENDING, b.getStatus());
        assertEquals(1, b.getAttempts());
        assertEquals(now.get() + 60_000, b.getNextAttemptAt().getTime());
        assertTrue(b.getLastError().contains("no-such-template"), b.getLastError());
        assertEquals(0, TestMailServer.messagesTo(to.get(5)).size());
    }

    @Test
    void anUnsubscribedCustomerIsSkippedWithinThePage() {
        long stays = TestIds.customerId();
        long leaves = TestIds.customerId();
        preferences.unsubscribe(leaves, "test");
        String a = "stays." + stays + "@example.org";
        String b = "leaves." + leaves + "@example.org";
        long kept = queue(a, "test-message", stays);
        long skipped = queue(b, "test-message", leaves);

        sender("pageSize", "200").sendDue();

        assertEquals(OutboxStatus.SENT, mail(kept).getStatus());
        assertEquals(1, TestMailServer.messagesTo(a).size());
        assertEquals(OutboxStatus.SKIPPED, mail(skipped).getStatus());
        assertEquals(0, TestMailServer.messagesTo(b).size());
    }

    @Test
    void aNodeThatDiesBeforeRecordingResendsAtMostItsClaimedPage() {
        List<String> to = addresses("crash", 12);
        queueAll(to, "test-message");
        LoyaltyMailer dying = new LoyaltyMailer() {
            @Override
            public MailOutcome send(LoyaltyEmail email) {
                return mailer.send(email);
            }

            @Override
            public List<Result> sendAll(List<LoyaltyEmail> emails) {
                mailer.sendAll(emails);
                throw new NodeDied();
            }
        };
        OutboxSender first = sender(dying, "pageSize", "5", "leaseSeconds", "300");

        assertThrows(NodeDied.class, first::sendDue);
        int sentBeforeDeath = received(to);
        assertTrue(sentBeforeDeath > 0 && sentBeforeDeath <= 5, "one page went out: " + sentBeforeDeath);

        OutboxSender second = sender("pageSize", "5");
        second.sendDue();
        for (String a : to) {
            assertEquals(1, TestMailServer.messagesTo(a).size(), "the rest went out once, the dead node's page is held by its lease");
        }

        now.addAndGet(300_001);
        second.sendDue();
        int twice = 0;
        for (String a : to) {
            int n = TestMailServer.messagesTo(a).size();
            assertTrue(n == 1 || n == 2, a + " got " + n);
            twice += n - 1;
        }
        assertTrue(twice <= 5, "at most the claimed page again, was " + twice);
        for (long id : queued) {
            assertEquals(OutboxStatus.SENT, mail(id).getStatus());
        }
    }

    /** The node stops dead: nothing after it runs. */
    static final class NodeDied extends Error {
        private static final long serialVersionUID = 1L;

        NodeDied() {
            super("node died");
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> addresses(String prefix, int n) {
        String p = prefix + TestIds.customerId();
        List<String> out = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            out.add(p + "." + i + "@example.org");
        }
        return out;
    }

    private static int received(List<String> to) {
        int n = 0;
        for (String a : to) {
            n += TestMailServer.messagesTo(a).size();
        }
        return n;
    }

    private OutboxSender sender(String... settings) {
        return sender(mailer, settings);
    }

    private OutboxSender sender(LoyaltyMailer with, String... settings) {
        Properties p = new Properties();
        p.setProperty("evergreen.mail.outbox.threads", "0");
        for (int i = 0; i < settings.length; i += 2) {
            p.setProperty("evergreen.mail.outbox." + settings[i], settings[i + 1]);
        }
        OutboxSender s = new OutboxSender(txm, repository, with, customers, OutboxSettings.fromProperties(p), clock);
        senders.add(s);
        return s;
    }

    /**
     * Queues in one transaction, first in the outbox's order (priority 0, which the module's e-mails do not use), through
     * an outbox whose own sender sees nothing due yet (its clock is a day behind), so the test's senders send them.
     */
    private void queueAll(List<String> to, String template) {
        MailOutbox outbox = quietOutbox();
        new TransactionTemplate(txm).execute(s -> {
            to.forEach(a -> queued.add(outbox.enqueue(email(a, template, null), MailKind.TRANSACTIONAL, 0)));
            return null;
        });
    }

    private long queue(String to, String template, Long customer) {
        MailOutbox outbox = quietOutbox();
        long id = new TransactionTemplate(txm).execute(s -> outbox.enqueue(email(to, template, customer), MailKind.TRANSACTIONAL, 0));
        queued.add(id);
        return id;
    }

    private MailOutbox quietOutbox() {
        OutboxSender quiet = new OutboxSender(txm, repository, mailer, customers, OutboxSettings.fromProperties(props()),
                () -> new Date(now.get() - 86_400_000L));
        senders.add(quiet);
        return new DefaultMailOutbox(txm, repository, quiet, clock);
    }

    private static Properties props() {
        Properties p = new Properties();
        p.setProperty("evergreen.mail.outbox.threads", "0");
        return p;
    }

    private static LoyaltyEmail email(String to, String template, Long customer) {
        LoyaltyEmail.Builder b = LoyaltyEmail.template(template).to(to).subject("Hello " + to).variable("name", "Ann")
                .variable("message", "Hello");
        if (customer != null) {
            b.unsubscribable(customer, "test");
        }
        return b.build();
    }

    private OutboxMail mail(long id) {
        return new TransactionTemplate(txm).execute(s -> {
            OutboxMail m = em.find(OutboxMail.class, id);
            em.refresh(m);
            return m;
        });
    }
}
