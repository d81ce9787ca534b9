package org.evergreenloyalty.webhook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.evergreenloyalty.support.AfterCommit;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link WebhookOutbox} on the {@code EVG_WEBHOOK_DELIVERY} table. Knows which event types the enabled subscriptions
 * want from a set it keeps for {@code evergreen.settings.cacheSeconds} (like the settings), so a change nobody
 * subscribed to costs nothing. Joins the caller's transaction: the deliveries it queues are written together with
 * multi-row inserts just before the commit, and one nudge after the commit makes the sender deliver them.
 */
public class DefaultWebhookOutbox implements WebhookOutbox {

    private static final Object PENDING_KEY = new Object();

    private final TransactionTemplate newTx;
    private final TransactionTemplate readTx;
    private final WebhookRepository repository;
    private final WebhookSender sender;
    private final Clock clock;
    private volatile long cacheNanos = TimeUnit.SECONDS.toNanos(30);
    private volatile Kept kept;

    public DefaultWebhookOutbox(PlatformTransactionManager txm, WebhookRepository repository, WebhookSender sender, Clock clock) {
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readTx = new TransactionTemplate(txm);
        this.repository = repository;
        this.sender = sender;
        this.clock = clock;
    }

    /** Keeps the set of subscriptions for up to {@code seconds} (0: read it for every event). */
    public void setCacheSeconds(int seconds) {
        this.cacheNanos = TimeUnit.SECONDS.toNanos(Math.max(0, seconds));
        this.kept = null;
    }

    @Override
    public void subscriptionsChanged() {
        kept = null;
        AfterCommit.run(() -> kept = null);
    }

    @Override
    public boolean wanted(String type) {
        return !subscribersOf(type).isEmpty();
    }

    @Override
    public void publish(String type, Map<String, ?> data) {
        List<Long> subscribers = subscribersOf(type);
        if (subscribers.isEmpty()) {
            return;
        }
        String json = WebhookJson.object(data);
        if (json.length() > WebhookDelivery.MAX_DATA) {
            throw new IllegalArgumentException("The data of a " + type + " event is longer than " + WebhookDelivery.MAX_DATA + " characters");
        }
        String eventId = UUID.randomUUID().toString();
        List<WebhookDelivery> deliveries = new ArrayList<WebhookDelivery>();
        for (Long id : subscribers) {
            deliveries.add(new WebhookDelivery(id, eventId, type, json, clock.now()));
        }
        queue(deliveries);
    }

    /** Queues deliveries in the current transaction, or in one of their own when there is none. */
    void queue(List<WebhookDelivery> deliveries) {
        if (TransactionSynchronizationManager.isActualTransactionActive() && !AfterCommit.inCommittedTransaction()) {
            List<WebhookDelivery> pending = pendingOfTransaction();
            for (WebhookDelivery d : deliveries) {
                d.assignId(repository.nextDeliveryId());
                pending.add(d);
            }
            return;
        }
        newTx.execute(status -> {
            for (WebhookDelivery d : deliveries) {
                d.assignId(repository.nextDeliveryId());
            }
            repository.insertAll(deliveries);
            return null;
        });
        sender.nudge();
    }

    @SuppressWarnings("unchecked")
    private List<WebhookDelivery> pendingOfTransaction() {
        List<WebhookDelivery> pending = (List<WebhookDelivery>) TransactionSynchronizationManager.getResource(PENDING_KEY);
        if (pending != null) {
            return pending;
        }
        List<WebhookDelivery> deliveries = new ArrayList<WebhookDelivery>();
        TransactionSynchronizationManager.bindResource(PENDING_KEY, deliveries);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
            @Override
            public void beforeCommit(boolean readOnly) {
                repository.insertAll(deliveries);
                deliveries.clear();
            }

            @Override
            public void afterCommit() {
                sender.nudge();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(PENDING_KEY);
            }
        });
        return deliveries;
    }

    /** Ids of the enabled subscriptions that want {@code type}. */
    private List<Long> subscribersOf(String type) {
        Kept k = kept;
        if (k == null || System.nanoTime() - k.readAt >= cacheNanos) {
            long readAt = System.nanoTime();
            Map<Long, Set<String>> wanted = new LinkedHashMap<Long, Set<String>>();
            List<WebhookSubscription> enabled = readTx.execute(status -> repository.enabledSubscriptions());
            for (WebhookSubscription s : enabled) {
                wanted.put(s.getId(), new HashSet<String>(s.getEvents()));
            }
            k = new Kept(wanted, readAt);
            if (cacheNanos > 0) {
                kept = k;
            }
        }
        List<Long> ids = new ArrayList<Long>();
        for (Map.Entry<Long, Set<String>> e : k.wanted.entrySet()) {
            if (e.getValue().contains(type)) {
                ids.add(e.getKey());
            }
        }
        return ids;
    }

    /** The enabled subscriptions' wanted types and when they were read. */
    private static final class Kept {
        final Map<Long, Set<String>> wanted;
        final long readAt;

        Kept(Map<Long, Set<String>> wanted, long readAt) {
            this.wanted = Collections.unmodifiableMap(wanted);
            this.readAt = readAt;
        }
    }
}
