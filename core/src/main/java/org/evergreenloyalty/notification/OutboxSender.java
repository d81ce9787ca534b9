package org.evergreenloyalty.notification;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.support.Clock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: claims a page of due e-mails (a token and a lease, so nodes never send one twice), holds
 * back marketing e-mails of customers who reached the daily cap (until a place frees up), sends the rest
 * through the {@link LoyaltyMailer} outside any transaction (addresses and subscriptions read once per page, each slice
 * of the page over one connection to the mail server, slices on a small pool of threads,
 * {@code evergreen.mail.outbox.threads}), and records the page's outcomes in one batched statement: SENT, SKIPPED
 * (unsubscribed, e-mail off, no address), or a failed attempt, retried after a backoff that doubles per failure until the last attempt marks it FAILED. All times come from the
 * module's clock. Runs from the {@code mail-outbox} job and from the nudge after each commit that queued mail.
 */
public class OutboxSender implements DisposableBean {

    private static final Log LOG = LogFactory.getLog(OutboxSender.class);
    private static final long DAY = 24L * 60 * 60 * 1000;
    private static final int MAX_ROUNDS = 10_000;
    /** Fewest e-mails worth a connection of their own: a smaller page goes out over one. */
    private static final int MIN_SLICE = 20;

    private final TransactionTemplate tx;
    private final OutboxRepository repository;
    private final LoyaltyMailer mailer;
    private final CustomerDirectory customers;
    private final OutboxSettings settings;
    private final Clock clock;
    private final ExecutorService pool;
    private final ExecutorService dispatcher;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final ReentrantLock draining = new ReentrantLock();
    private OutboxListeners listeners = new OutboxListeners();

    public OutboxSender(PlatformTransactionManager txm, OutboxRepository repository, LoyaltyMailer mailer,
                        CustomerDirectory customers, OutboxSettings settings, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.repository = repository;
        this.mailer = mailer;
        this.customers = customers;
        this.settings = settings;
        this.clock = clock;
        this.pool = settings.getThreads() == 0 ? null : Executors.newFixedThreadPool(settings.getThreads(), daemon("evergreen-mail-"));
        this.dispatcher = settings.getThreads() == 0 ? null : Executors.newSingleThreadExecutor(daemon("evergreen-outbox-"));
    }

    /** Who learns how e-mails queued with a reference ended. */
    public void setListeners(OutboxListeners listeners) {
        this.listeners = listeners;
    }

    /** Asks for a round soon: in the background, or at once in this thread when the pool size is 0. */
    public void nudge() {
        if (dispatcher == null) {
            sendQuietly();
            return;
        }
        if (nudged.compareAndSet(false, true)) {
            dispatcher.execute(() -> {
                nudged.set(false);
                sendQuietly();
            });
        }
    }

    private void sendQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warn("Sending the outbox failed; the mail-outbox job tries again: " + e.getMessage(), e);
        }
    }

    /**
     * Sends every e-mail due now, page by page; returns how many it sent. Another round already running in this
     * JVM makes this call return 0 at once (that round picks up the new e-mails).
     */
    public int sendDue() {
        if (!draining.tryLock()) {
            nudged.set(false);
            return 0;
        }
        try {
            int sent = 0;
            for (int round = 0; round < MAX_ROUNDS && !Thread.currentThread().isInterrupted(); round++) {
                Date now = clock.now();
                String token = UUID.randomUUID().toString();
                List<OutboxMail> page = tx.execute(status -> claim(token, now));
                if (page.isEmpty()) {
                    break;
                }
                Map<Long, Outcome> outcomes = deliver(page, now);
                tx.execute(status -> record(page, outcomes, token));
                for (Outcome o : outcomes.values()) {
                    sent += o.status == OutboxStatus.SENT ? 1 : 0;
                }
            }
            return sent;
        } finally {
            draining.unlock();
        }
    }

    private List<OutboxMail> claim(String token, Date now) {
        List<Long> ids = repository.dueIds(now, settings.getPageSize());
        if (ids.isEmpty() || repository.claim(ids, token, now, new Date(now.getTime() + settings.getLeaseMs())) == 0) {
            return new ArrayList<OutboxMail>();
        }
        return repository.claimed(token);
    }

    /** Decides the cap in this thread (priority order), then sends the rest on the pool. */
    private Map<Long, Outcome> deliver(List<OutboxMail> page, Date now) {
        Map<Long, Outcome> outcomes = new HashMap<Long, Outcome>();
        List<OutboxMail> toSend = new ArrayList<OutboxMail>();
        Map<Long, int[]> sentToday = new HashMap<Long, int[]>();
        Map<Long, Date> freesAt = new HashMap<Long, Date>();
        loadCapCounts(page, now, sentToday, freesAt);
        for (OutboxMail m : page) {
            if (m.getKind() == MailKind.MARKETING && m.getCustomerId() != null && settings.getMarketingPerDay() > 0) {
                int[] n = sentToday.computeIfAbsent(m.getCustomerId(), k -> new int[1]);
                if (n[0] >= settings.getMarketingPerDay()) {
                    Date free = freesAt.get(m.getCustomerId());
                    outcomes.put(m.getId(), Outcome.heldBack(free == null || !free.after(now) ? new Date(now.getTime() + DAY) : free));
                    continue;
                }
                n[0]++;
            }
            toSend.add(m);
        }
        outcomes.putAll(sendAll(toSend, now));
        return outcomes;
    }

    private void loadCapCounts(List<OutboxMail> page, Date now, Map<Long, int[]> sentToday, Map<Long, Date> freesAt) {
        if (settings.getMarketingPerDay() == 0) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<Long>();
        for (OutboxMail m : page) {
            if (m.getKind() == MailKind.MARKETING && m.getCustomerId() != null) {
                ids.add(m.getCustomerId());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        List<Object[]> rows = tx.execute(status -> repository.marketingSentSince(ids, new Date(now.getTime() - DAY)));
        for (Object[] row : rows) {
            long customerId = ((Number) row[0]).longValue();
            sentToday.put(customerId, new int[] {((Number) row[1]).intValue()});
            freesAt.put(customerId, new Date(((Date) row[2]).getTime() + DAY));
        }
    }

    /**
     * Looks the page's addresses up in one query, renders every e-mail, then sends them in at most {@code threads}
     * slices, each over one connection to the mail server (in this thread when the pool size is 0).
     */
    private Map<Long, Outcome> sendAll(List<OutboxMail> mails, Date now) {
        Map<Long, Outcome> outcomes = new HashMap<Long, Outcome>();
        Map<Long, CustomerContact> contacts = contactsOf(mails);
        List<OutboxMail> ready = new ArrayList<OutboxMail>();
        List<LoyaltyEmail> emails = new ArrayList<LoyaltyEmail>();
        for (OutboxMail m : mails) {
            try {
                LoyaltyEmail email = email(m, contacts);
                if (email == null) {
                    outcomes.put(m.getId(), Outcome.skipped("no e-mail address for customer " + m.getCustomerId()));
                } else {
                    ready.add(m);
                    emails.add(email);
                }
            } catch (RuntimeException e) {
                outcomes.put(m.getId(), failed(m, now, message(e)));
            }
        }
        List<LoyaltyMailer.Result> results = sendSlices(emails);
        for (int i = 0; i < ready.size(); i++) {
            OutboxMail m = ready.get(i);
            LoyaltyMailer.Result r = results.get(i);
            outcomes.put(m.getId(), r.getFailure() != null ? failed(m, now, message(r.getFailure()))
                    : r.getOutcome() == MailOutcome.SENT ? Outcome.sent(now) : Outcome.skipped(r.getOutcome().name()).because(r.getOutcome()));
        }
        return outcomes;
    }

    /** The results of {@code emails}, in order, sent in slices on the pool (a slice that failed as a whole fails each). */
    private List<LoyaltyMailer.Result> sendSlices(List<LoyaltyEmail> emails) {
        if (pool == null || emails.size() <= MIN_SLICE) {
            return sendSlice(emails);
        }
        int slices = Math.min(settings.getThreads(), (emails.size() + MIN_SLICE - 1) / MIN_SLICE);
        int per = (emails.size() + slices - 1) / slices;
        List<List<LoyaltyEmail>> parts = new ArrayList<List<LoyaltyEmail>>();
        List<Callable<List<LoyaltyMailer.Result>>> tasks = new ArrayList<Callable<List<LoyaltyMailer.Result>>>();
        for (int from = 0; from < emails.size(); from += per) {
            List<LoyaltyEmail> part = emails.subList(from, Math.min(emails.size(), from + per));
            parts.add(part);
            tasks.add(() -> sendSlice(part));
        }
        List<LoyaltyMailer.Result> results = new ArrayList<LoyaltyMailer.Result>();
        try {
            List<Future<List<LoyaltyMailer.Result>>> done = pool.invokeAll(tasks);
            for (int i = 0; i < done.size(); i++) {
                results.addAll(resultOf(done.get(i), parts.get(i).size()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            while (results.size() < emails.size()) {
                results.add(new LoyaltyMailer.Result(null, new IllegalStateException("interrupted")));
            }
        }
        return results;
    }

    /** One slice over one connection; a failure of the whole slice (never expected) fails each of its e-mails. */
    private List<LoyaltyMailer.Result> sendSlice(List<LoyaltyEmail> emails) {
        try {
            List<LoyaltyMailer.Result> results = mailer.sendAll(emails);
            if (results.size() == emails.size()) {
                return results;
            }
            return failedSlice(emails.size(), new IllegalStateException("the mailer answered " + results.size() + " of " + emails.size()));
        } catch (RuntimeException e) {
            return failedSlice(emails.size(), e);
        }
    }

    private static List<LoyaltyMailer.Result> resultOf(Future<List<LoyaltyMailer.Result>> f, int size) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return failedSlice(size, new IllegalStateException(String.valueOf(e.getCause()), e.getCause()));
        }
    }

    private static List<LoyaltyMailer.Result> failedSlice(int size, RuntimeException e) {
        List<LoyaltyMailer.Result> failed = new ArrayList<LoyaltyMailer.Result>();
        for (int i = 0; i < size; i++) {
            failed.add(new LoyaltyMailer.Result(null, e));
        }
        return failed;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    /** The contact data of the customers of e-mails queued without an address, in one query. */
    private Map<Long, CustomerContact> contactsOf(List<OutboxMail> mails) {
        Set<Long> ids = new LinkedHashSet<Long>();
        for (OutboxMail m : mails) {
            if (m.getTo() == null && m.getCustomerId() != null) {
                ids.add(m.getCustomerId());
            }
        }
        return ids.isEmpty() ? new HashMap<Long, CustomerContact>() : tx.execute(status -> customers.contacts(ids));
    }

    private LoyaltyEmail email(OutboxMail m, Map<Long, CustomerContact> contacts) {
        Map<String, Object> variables = m.getVariables();
        Object subject = variables.remove(OutboxMail.SUBJECT_VARIABLE);
        String locale = (String) variables.remove(OutboxMail.LOCALE_VARIABLE);
        String to = m.getTo();
        if (to == null) {
            CustomerContact c = contacts.get(m.getCustomerId());
            if (c == null || c.getEmail() == null || c.getEmail().trim().isEmpty()) {
                return null;
            }
            to = c.getEmail();
            variables.putIfAbsent("name", c.getGreetingName());
            locale = locale != null ? locale : MailTexts.parse(c.getLocale()) == null ? null : c.getLocale();
        }
        LoyaltyEmail.Builder b = LoyaltyEmail.template(m.getTemplate()).to(to).locale(locale).variables(variables)
                .subject(subject instanceof MailSubject ? (MailSubject) subject : MailSubject.text(m.getSubject()));
        if (m.getCategory() != null) {
            b.unsubscribable(m.getCustomerId(), m.getCategory());
        }
        return b.build();
    }

    private Outcome failed(OutboxMail m, Date now, String error) {
        int attempts = m.getAttempts() + 1;
        if (attempts >= settings.getMaxAttempts()) {
            LOG.warn("Giving up " + m + " after " + attempts + " attempts: " + error);
            return new Outcome(OutboxStatus.FAILED, 1, now, null, error);
        }
        return new Outcome(OutboxStatus.PENDING, 1, new Date(now.getTime() + settings.backoffMs(attempts)), null, error);
    }

    /** Records the page's outcomes in one batched statement, then tells the listeners about those this claim still held. */
    private Void record(List<OutboxMail> page, Map<Long, Outcome> outcomes, String token) {
        List<OutboxRepository.Finish> finishes = new ArrayList<OutboxRepository.Finish>();
        for (OutboxMail m : page) {
            Outcome o = outcomes.get(m.getId());
            finishes.add(new OutboxRepository.Finish(m.getId(), o.status, o.attemptsAdded, o.nextAttemptAt, o.sentAt, o.error));
        }
        boolean[] held = repository.finishAll(finishes, token);
        for (int i = 0; i < page.size(); i++) {
            OutboxMail m = page.get(i);
            Outcome o = outcomes.get(m.getId());
            OutboxListener listener = listeners.of(m.getRefType());
            if (held[i] && listener != null && o.status != OutboxStatus.PENDING) {
                listener.finished(m.getRefId(), o.status, o.outcome, o.error);
            }
        }
        return null;
    }

    @Override
    public void destroy() {
        if (dispatcher != null) {
            dispatcher.shutdownNow();
            pool.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** What one round did with an e-mail. */
    static final class Outcome {
        final OutboxStatus status;
        final int attemptsAdded;
        final Date nextAttemptAt;
        final Date sentAt;
        final String error;
        MailOutcome outcome;

        Outcome(OutboxStatus status, int attemptsAdded, Date nextAttemptAt, Date sentAt, String error) {
            this.status = status;
            this.attemptsAdded = attemptsAdded;
            this.nextAttemptAt = nextAttemptAt;
            this.sentAt = sentAt;
            this.error = error;
        }

        static Outcome sent(Date now) {
            return new Outcome(OutboxStatus.SENT, 1, now, now, null).because(MailOutcome.SENT);
        }

        Outcome because(MailOutcome answer) {
            this.outcome = answer;
            return this;
        }

        static Outcome skipped(String why) {
            return new Outcome(OutboxStatus.SKIPPED, 0, new Date(0), null, why);
        }

        static Outcome heldBack(Date until) {
            return new Outcome(OutboxStatus.PENDING, 0, until, null, "daily cap of marketing e-mails reached");
        }
    }
}
