package org.evergreenloyalty.webhook;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.support.Clock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the webhook outbox, cluster-safe: claims a page of due deliveries of enabled subscriptions (a token and a
 * lease, so nodes never send one at once), POSTs each outside any transaction through {@link WebhookHttp}, and
 * records every attempt in a short transaction of its own: a 2xx is DELIVERED; anything else (another status, a
 * refused connection, a timeout) is retried after a backoff that doubles per failure, until the last attempt marks
 * it FAILED (at least once: a receiver may see an event twice, the event id tells). A subscription whose attempts
 * failed {@code evergreen.webhooks.disableAfterFailures} times in a row is disabled; its deliveries wait until an
 * admin enables it again. All times come from the module clock. Runs from the {@code webhooks} job and from the
 * nudge after each commit that queued deliveries.
 */
public class WebhookSender implements DisposableBean {

    private static final Log LOG = LogFactory.getLog(WebhookSender.class);
    private static final int MAX_ROUNDS = 10_000;
    private static final int MAX_ERROR = 1000;

    private final TransactionTemplate tx;
    private final WebhookRepository repository;
    private final WebhookHttp http;
    private final WebhookSettings settings;
    private final Clock clock;
    private final ExecutorService dispatcher;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final ReentrantLock draining = new ReentrantLock();

    public WebhookSender(PlatformTransactionManager txm, WebhookRepository repository, WebhookHttp http, WebhookSettings settings,
                         Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.repository = repository;
        this.http = http;
        this.settings = settings;
        this.clock = clock;
        this.dispatcher = settings.getThreads() == 0 ? null : Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "evergreen-webhooks");
            t.setDaemon(true);
            return t;
        });
    }

    /** Asks for a round soon: in the background, or at once in this thread when {@code evergreen.webhooks.threads} is 0. */
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
            LOG.warn("Sending webhooks failed; the webhooks job tries again: " + e.getMessage(), e);
        }
    }

    /**
     * Sends every delivery due now, page by page; returns how many were delivered. Another round already running in
     * this JVM makes this call return 0 at once (that round picks up the new deliveries).
     */
    public int sendDue() {
        if (!draining.tryLock()) {
            nudged.set(false);
            return 0;
        }
        try {
            int delivered = 0;
            for (int round = 0; round < MAX_ROUNDS && !Thread.currentThread().isInterrupted(); round++) {
                Date now = clock.now();
                String token = UUID.randomUUID().toString();
                Page page = tx.execute(status -> claim(token, now));
                if (page.deliveries.isEmpty()) {
                    break;
                }
                delivered += deliver(page, token);
            }
            return delivered;
        } finally {
            draining.unlock();
        }
    }

    private Page claim(String token, Date now) {
        Page page = new Page();
        page.leaseEnd = now.getTime() + settings.getLeaseMs();
        List<Long> ids = repository.dueIds(now, settings.getPageSize());
        if (ids.isEmpty() || repository.claim(ids, token, now, new Date(now.getTime() + settings.getLeaseMs())) == 0) {
            return page;
        }
        page.deliveries.addAll(repository.claimed(token));
        for (WebhookDelivery d : page.deliveries) {
            page.subscriptions.computeIfAbsent(d.getSubscriptionId(), repository::subscription);
        }
        return page;
    }

    private int deliver(Page page, String token) {
        int delivered = 0;
        Set<Long> disabled = new HashSet<Long>();
        for (WebhookDelivery d : page.deliveries) {
            WebhookSubscription s = page.subscriptions.get(d.getSubscriptionId());
            boolean leaseEnds = clock.now().getTime() + settings.getConnectTimeoutMs() + settings.getReadTimeoutMs() >= page.leaseEnd;
            if (s == null || !s.isEnabled() || disabled.contains(d.getSubscriptionId()) || leaseEnds) {
                // not this round: disabled meanwhile, or slow receivers used up the claim (another node may take it over)
                tx.execute(status -> {
                    repository.release(d.getId(), token);
                    return null;
                });
                continue;
            }
            Date at = clock.now();
            String body = WebhookJson.envelope(d.getEventId(), d.getEventType(), d.getCreatedAt(), d.getData());
            WebhookHttp.Answer answer = http.post(s.getUrl(), s.getSecret(), d, body, at);
            Boolean stillEnabled = tx.execute(status -> record(d, s, answer, at, token));
            if (answer.isSuccess()) {
                delivered++;
            } else if (!Boolean.TRUE.equals(stillEnabled)) {
                disabled.add(s.getId());
            }
        }
        return delivered;
    }

    /** Records one attempt and the subscription's run of failures; returns whether the subscription stays enabled. */
    private Boolean record(WebhookDelivery d, WebhookSubscription s, WebhookHttp.Answer answer, Date at, String token) {
        String error = answer.getError() == null ? null : abbreviate(answer.getError());
        DeliveryStatus status;
        Date next;
        if (answer.isSuccess()) {
            status = DeliveryStatus.DELIVERED;
            next = at;
        } else if (d.getAttempts() + 1 >= settings.getMaxAttempts()) {
            status = DeliveryStatus.FAILED;
            next = at;
        } else {
            status = DeliveryStatus.PENDING;
            next = new Date(at.getTime() + settings.backoffMs(d.getAttempts() + 1));
        }
        if (!repository.finish(d.getId(), token, status, next, at, answer.getStatusCode(), error)) {
            return Boolean.TRUE; // another node took it over after our lease ran out: its attempt counts
        }
        repository.addAttempt(new WebhookAttempt(d, at, answer.getStatusCode(), answer.isSuccess(), error, answer.getDurationMs()));
        WebhookSubscription locked = repository.lockSubscription(s.getId());
        if (locked == null) {
            return Boolean.FALSE;
        }
        if (answer.isSuccess()) {
            locked.succeeded();
            return Boolean.TRUE;
        }
        boolean disabledNow = locked.failed(settings.getDisableAfterFailures(), at);
        if (disabledNow) {
            LOG.warn("Webhook subscription " + s.getId() + " (" + s.getUrl() + ") disabled after " + locked.getFailures()
                    + " failed attempts in a row; last: " + error);
        }
        return locked.isEnabled();
    }

    private static String abbreviate(String s) {
        return s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR - 3) + "...";
    }

    @Override
    public void destroy() {
        if (dispatcher != null) {
            dispatcher.shutdownNow();
        }
    }

    /** A claimed page and the subscriptions of its deliveries. */
    private static final class Page {
        final List<WebhookDelivery> deliveries = new ArrayList<WebhookDelivery>();
        final Map<Long, WebhookSubscription> subscriptions = new HashMap<Long, WebhookSubscription>();
        long leaseEnd;
    }
}
