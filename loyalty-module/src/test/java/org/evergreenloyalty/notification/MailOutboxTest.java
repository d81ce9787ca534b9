package org.evergreenloyalty.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.points.MailingPointsNotifier;
import org.evergreenloyalty.points.PointsMaturationService;
import org.evergreenloyalty.points.PointsNotifier;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail): e-mails queued in a transaction go out after it commits;
 * a failing server is retried after a backoff that doubles, measured on the sender's clock (moved by the
 * test, never slept), until the last attempt marks it FAILED, and never undoes the business change; the daily
 * cap holds back the lowest-priority marketing e-mail (transactional ones are exempt) until a place frees up;
 * two senders with their own pools, like two nodes, send each e-mail exactly once.
 */
@BroadleafIntegrationTest
class MailOutboxTest {

    private static final long DAY = 24L * 60 * 60 * 1000;

    @Resource(name = "evgLoyaltyMailer")
    LoyaltyMailer realMailer;
    @Resource(name = "evgOutboxRepository")
    OutboxRepository repository;
    @Resource(name = "evgCustomerDirectory")
    CustomerDirectory customers;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @Resource(name = "evgPointsMaturationService")
    PointsMaturationService maturation;
    @Resource(name = "evgPointsNotifier")
    PointsNotifier contextNotifier;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgClock")
    AdjustableClock moduleClock;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    /** The test senders' clock: starts at the module's now, moves only when the test moves it. */
    private final AtomicLong now = new AtomicLong();
    private final Clock clock = () -> new Date(now.get());
    private final List<OutboxSender> senders = new ArrayList<OutboxSender>();
    private final List<Long> queued = new ArrayList<Long>();

    @AfterEach
    void cleanUp() {
        maturation.setNotifier(contextNotifier);
        senders.forEach(OutboxSender::destroy);
        new TransactionTemplate(txm).execute(s -> queued.isEmpty() ? 0
                : em.createQuery("delete from OutboxMail m where m.id in :ids").setParameter("ids", queued).executeUpdate());
    }

    @Test
    void aFailingMailServerIsRetriedWithDoublingBackoffUntilFailedOrSent() throws Exception {
        now.set(moduleClock.now().getTime());
        AtomicInteger flakyCalls = new AtomicInteger();
        LoyaltyMailer smtp = email -> {
            if (email.getTo().startsWith("never") || email.getTo().startsWith("flaky") && flakyCalls.incrementAndGet() <= 2) {
                throw new MailDeliveryException("Could not send e-mail: connection refused", null);
            }
            return realMailer.send(email);
        };
        OutboxSender sender = sender(smtp, "maxAttempts", "3", "backoffSeconds", "60");
        MailOutbox outbox = outbox(sender);
        String flaky = "flaky." + TestIds.customerId() + "@example.org";
        String never = "never." + TestIds.customerId() + "@example.org";

        long flakyId = queue(outbox, flaky, "Flaky", MailKind.TRANSACTIONAL, 5);
        long neverId = queue(outbox, never, "Never", MailKind.TRANSACTIONAL, 5);
        // each was tried once at its commit
        assertMail(flakyId, OutboxStatus.PENDING, 1, now.get() + 60_000);
        assertTrue(mail(flakyId).getLastError().contains("connection refused"), mail(flakyId).getLastError());

        now.addAndGet(59_000);
        sender.sendDue();
        assertMail(flakyId, OutboxStatus.PENDING, 1, now.get() + 1_000); // not yet due: untouched

        now.addAndGet(1_000);
        sender.sendDue();
        assertMail(flakyId, OutboxStatus.PENDING, 2, now.get() + 120_000); // second failure: twice the wait
        assertMail(neverId, OutboxStatus.PENDING, 2, now.get() + 120_000);

        now.addAndGet(120_000);
        sender.sendDue();
        assertEquals(OutboxStatus.SENT, mail(flakyId).getStatus());
        assertEquals(3, mail(flakyId).getAttempts());
        assertEquals(1, TestMailServer.messagesTo(flaky).size());
        assertEquals(OutboxStatus.FAILED, mail(neverId).getStatus(), "the third failed attempt is the last");
        assertEquals(0, TestMailServer.messagesTo(never).size());

        now.addAndGet(DAY);
        sender.sendDue();
        assertEquals(3, mail(neverId).getAttempts(), "a failed e-mail is not tried again");
    }

    @Test
    void aFailingMailServerDoesNotUndoThePointsItWouldReportOn() {
        now.set(moduleClock.now().getTime());
        maturation.matureDue(); // what other tests left due goes out as usual
        OutboxSender sender = sender(email -> {
            throw new MailDeliveryException("Could not send e-mail: 421 service not available", null);
        });
        maturation.setNotifier(new MailingPointsNotifier(outbox(sender), "http://shop.example"));
        Customer c = StoreFixtures.create().customer();
        long orderId = TestIds.customerId();
        ledger.post(Posting.builder(c.getId(), EntryType.EARN, "earn:order:" + orderId).pending(120).earned(120)
                .source("order", orderId).reason("test order").build());
        Date due = new Date(moduleClock.now().getTime() - 1000);
        new TransactionTemplate(txm).execute(s -> {
            em.persist(new org.evergreenloyalty.points.OrderPoints(orderId, "T" + orderId, c.getId(), BigDecimal.TEN, 120, 0,
                    due, due, false));
            return null;
        });

        assertEquals(1, maturation.matureDue());

        assertEquals(120, ledger.balance(c.getId()).getAvailable(), "the points are there although the e-mail failed");
        assertEquals(0, ledger.balance(c.getId()).getPending());
        List<OutboxMail> mails = new ArrayList<OutboxMail>();
        for (OutboxMail m : new TransactionTemplate(txm).execute(s -> repository.ofCustomer(c.getId()))) {
            queued.add(m.getId());
            mails.add(mail(m.getId()));
        }
        assertEquals(1, mails.size());
        assertEquals("points-available", mails.get(0).getTemplate());
        assertEquals(OutboxStatus.PENDING, mails.get(0).getStatus());
        assertEquals(1, mails.get(0).getAttempts());
        assertTrue(mails.get(0).getLastError().contains("421"));
        assertEquals(0, TestMailServer.messagesTo(c.getEmailAddress()).size());
    }

    @Test
    void theDailyCapHoldsBackTheLowestPriorityMarketingMailUntilAPlaceFreesUp() throws Exception {
        now.set(moduleClock.now().getTime());
        OutboxSender sender = sender(realMailer, "marketingPerDay", "2");
        MailOutbox outbox = outbox(sender);
        long customer = TestIds.customerId();
        String to = "capped." + customer + "@example.org";
        List<Long> ids = new TransactionTemplate(txm).execute(s -> {
            List<Long> in = new ArrayList<Long>();
            in.add(outbox.enqueue(email(to, "Low", customer), MailKind.MARKETING, MailOutbox.PRIORITY_LOW));
            in.add(outbox.enqueue(email(to, "First", customer), MailKind.MARKETING, MailOutbox.PRIORITY_HIGH));
            in.add(outbox.enqueue(email(to, "Second", customer), MailKind.MARKETING, MailOutbox.PRIORITY_NORMAL));
            in.add(outbox.enqueue(email(to, "Receipt", customer), MailKind.TRANSACTIONAL, 9));
            assertEquals(0, TestMailServer.messagesTo(to).size(), "nothing goes out before the commit");
            return in;
        });
        queued.addAll(ids);

        assertEquals(java.util.Arrays.asList("First", "Receipt", "Second"), subjects(to));
        OutboxMail low = mail(ids.get(0));
        assertEquals(OutboxStatus.PENDING, low.getStatus());
        assertEquals(0, low.getAttempts(), "held back, not failed");
        assertEquals(now.get() + DAY, low.getNextAttemptAt().getTime(), "until the first of the day's two leaves the window");

        now.addAndGet(DAY - 1);
        sender.sendDue();
        assertEquals(3, TestMailServer.messagesTo(to).size());
        now.addAndGet(1);
        sender.sendDue();
        assertEquals(java.util.Arrays.asList("First", "Low", "Receipt", "Second"), subjects(to));
        assertEquals(OutboxStatus.SENT, mail(ids.get(0)).getStatus());
    }

    @Test
    void twoSendersWithTheirOwnPoolsSendEachMailExactlyOnce() throws Exception {
        long start = moduleClock.now().getTime();
        now.set(start);
        MailOutbox outbox = outbox(sender(realMailer, () -> new Date(start - DAY))); // its sender sees nothing due yet
        String prefix = "pool" + TestIds.customerId();
        List<String> addresses = new ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            addresses.add(prefix + "." + i + "@example.org");
        }
        new TransactionTemplate(txm).execute(s -> {
            addresses.forEach(a -> queue(outbox, a, "Hello " + a, MailKind.TRANSACTIONAL, 5));
            return null;
        });
        assertEquals(0, TestMailServer.messagesTo(prefix).size());
        OutboxSender a = sender(realMailer, "threads", "3", "pageSize", "7");
        OutboxSender b = sender(realMailer, "threads", "3", "pageSize", "7");

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(a::sendDue);
        int second = b.sendDue();
        int total = first.get() + second;

        assertTrue(total >= 30, "all sent by the two: " + total); // others' leftovers may come along
        for (String address : addresses) {
            assertEquals(1, TestMailServer.messagesTo(address).size(), address);
        }
        for (long id : queued) {
            assertEquals(OutboxStatus.SENT, mail(id).getStatus());
        }
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndQueuesNothing() {
        now.set(moduleClock.now().getTime());
        MailOutbox outbox = outbox(sender(realMailer));
        long customer = TestIds.customerId();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> outbox.enqueueToCustomer(customer,
                "points-available", "Subject", "points", java.util.Collections.singletonMap("thing", new Object()),
                MailKind.MARKETING, 5));
        assertTrue(e.getMessage().contains("'thing'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> outbox.enqueueToCustomer(customer, "Bad Name!", "s", null,
                java.util.Collections.emptyMap(), MailKind.MARKETING, 5));
        assertThrows(IllegalArgumentException.class, () -> outbox.enqueue(email("x@example.org", "s", customer),
                MailKind.MARKETING, 10));
        assertTrue(new TransactionTemplate(txm).execute(s -> repository.ofCustomer(customer)).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> OutboxSettings.fromProperties(props("threads", "99")));
    }

    // ---------------------------------------------------------------- helpers

    private OutboxSender sender(LoyaltyMailer mailer, String... settings) {
        return sender(mailer, clock, settings);
    }

    private OutboxSender sender(LoyaltyMailer mailer, Clock senderClock, String... settings) {
        OutboxSender s = new OutboxSender(txm, repository, mailer, customers, OutboxSettings.fromProperties(props(settings)), senderClock);
        senders.add(s);
        return s;
    }

    private static Properties props(String... pairs) {
        Properties p = new Properties();
        p.setProperty("evergreen.mail.outbox.threads", "0");
        for (int i = 0; i < pairs.length; i += 2) {
            p.setProperty("evergreen.mail.outbox." + pairs[i], pairs[i + 1]);
        }
        return p;
    }

    private MailOutbox outbox(OutboxSender sender) {
        return new DefaultMailOutbox(txm, repository, sender, clock);
    }

    private long queue(MailOutbox outbox, String to, String subject, MailKind kind, int priority) {
        long id = outbox.enqueue(LoyaltyEmail.template("test-message").to(to).subject(subject).variable("name", "Ann")
                .variable("message", subject).build(), kind, priority);
        queued.add(id);
        return id;
    }

    private static LoyaltyEmail email(String to, String subject, long customer) {
        return LoyaltyEmail.template("test-message").to(to).subject(subject).variable("name", "Ann")
                .variable("message", subject).unsubscribable(customer, "test").build();
    }

    private OutboxMail mail(long id) {
        return new TransactionTemplate(txm).execute(s -> {
            OutboxMail m = em.find(OutboxMail.class, id);
            em.refresh(m); // the sender changes rows with bulk statements
            return m;
        });
    }

    private void assertMail(long id, OutboxStatus status, int attempts, long nextAttemptAt) {
        OutboxMail m = mail(id);
        assertEquals(status, m.getStatus(), m.toString());
        assertEquals(attempts, m.getAttempts(), m.toString());
        assertEquals(nextAttemptAt, m.getNextAttemptAt().getTime(), m.toString());
        assertNull(m.getSentAt());
    }

    private static List<String> subjects(String to) throws Exception {
        List<String> subjects = new ArrayList<String>();
        for (MimeMessage m : TestMailServer.messagesTo(to)) {
            subjects.add(m.getSubject());
        }
        return subjects.stream().sorted().collect(Collectors.toList());
    }
}
