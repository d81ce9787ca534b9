package org.evergreenloyalty.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link WebhookAdminService} on the {@link WebhookRepository}; checks every input before it changes anything. */
public class DefaultWebhookAdminService implements WebhookAdminService {

    /** Longest URL. */
    public static final int MAX_URL = 1000;

    private final TransactionTemplate tx;
    private final WebhookRepository repository;
    private final DefaultWebhookOutbox outbox;
    private final WebhookSender sender;
    private final Clock clock;

    public DefaultWebhookAdminService(PlatformTransactionManager txm, WebhookRepository repository, DefaultWebhookOutbox outbox,
                                      WebhookSender sender, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public List<WebhookSubscription> subscriptions() {
        return tx.execute(status -> repository.subscriptions());
    }

    @Override
    public WebhookSubscription subscription(long id) {
        return tx.execute(status -> repository.subscription(id));
    }

    @Override
    public WebhookSubscription create(String url, Collection<String> events, boolean enabled) {
        String u = checkUrl(url);
        List<String> e = checkEvents(events);
        WebhookSubscription s = tx.execute(status -> {
            WebhookSubscription created = new WebhookSubscription(u, e, WebhookSignature.newSecret(), enabled, clock.now());
            repository.add(created);
            return created;
        });
        outbox.subscriptionsChanged();
        return s;
    }

    @Override
    public WebhookSubscription update(long id, String url, Collection<String> events, boolean enabled) {
        String u = checkUrl(url);
        List<String> e = checkEvents(events);
        WebhookSubscription s = tx.execute(status -> {
            WebhookSubscription row = existing(repository.lockSubscription(id), id);
            row.change(u, e, enabled);
            return row;
        });
        outbox.subscriptionsChanged();
        if (enabled) {
            sender.nudge(); // deliveries that waited while it was disabled
        }
        return s;
    }

    @Override
    public void delete(long id) {
        tx.execute(status -> {
            existing(repository.lockSubscription(id), id);
            repository.delete(id);
            return null;
        });
        outbox.subscriptionsChanged();
    }

    @Override
    public long sendTest(long id) {
        WebhookDelivery d = tx.execute(status -> {
            WebhookSubscription s = existing(repository.subscription(id), id);
            Map<String, Object> data = new LinkedHashMap<String, Object>();
            data.put("subscriptionId", s.getId());
            data.put("message", "Test event from Evergreen");
            return new WebhookDelivery(s.getId(), UUID.randomUUID().toString(), WebhookEvents.TEST, WebhookJson.object(data), clock.now());
        });
        outbox.queue(Collections.singletonList(d));
        return d.getId();
    }

    @Override
    public void resend(long deliveryId) {
        boolean found = tx.execute(status -> repository.resend(deliveryId, clock.now()));
        if (!found) {
            throw new WebhookException(null, "evergreen.webhooks.error.noSuchDelivery", "There is no delivery " + deliveryId + ".", deliveryId);
        }
        sender.nudge();
    }

    @Override
    public WebhookDelivery delivery(long deliveryId) {
        return tx.execute(status -> repository.delivery(deliveryId));
    }

    @Override
    public List<WebhookDelivery> deliveries(long subscriptionId, int max) {
        return tx.execute(status -> repository.deliveriesOf(subscriptionId, max));
    }

    @Override
    public List<WebhookAttempt> attempts(long subscriptionId, int max) {
        return tx.execute(status -> repository.attemptsOf(subscriptionId, max));
    }

    private static WebhookSubscription existing(WebhookSubscription s, long id) {
        if (s == null) {
            throw new WebhookException(null, "evergreen.webhooks.error.noSuchSubscription", "There is no webhook subscription " + id + ".", id);
        }
        return s;
    }

    /** The trimmed URL when it is an absolute http(s) URL with a host; refuses anything else with a clear message. */
    static String checkUrl(String url) {
        String u = url == null ? "" : url.trim();
        if (u.isEmpty()) {
            throw new WebhookException("url", "evergreen.webhooks.error.urlRequired", "Enter the URL that receives the webhooks.");
        }
        if (u.length() > MAX_URL) {
            throw new WebhookException("url", "evergreen.webhooks.error.urlTooLong", "The URL may have at most " + MAX_URL + " characters.", MAX_URL);
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw invalidUrl();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new WebhookException("url", "evergreen.webhooks.error.urlScheme",
                    "The URL must start with http:// or https://, e.g. https://example.com/hooks/evergreen.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw invalidUrl();
        }
        if (uri.getUserInfo() != null) {
            throw new WebhookException("url", "evergreen.webhooks.error.urlUserInfo",
                    "The URL must not contain a user name or password; the signature authenticates each delivery.");
        }
        return u;
    }

    private static WebhookException invalidUrl() {
        return new WebhookException("url", "evergreen.webhooks.error.urlInvalid",
                "This is not a valid URL; enter one like https://example.com/hooks/evergreen.");
    }

    static List<String> checkEvents(Collection<String> events) {
        List<String> chosen = new ArrayList<String>();
        if (events != null) {
            for (String e : events) {
                String t = e == null ? "" : e.trim();
                if (t.isEmpty()) {
                    continue;
                }
                if (!WebhookEvents.ALL.contains(t)) {
                    throw new WebhookException("events", "evergreen.webhooks.error.unknownEvent", "There is no event " + t + ".", t);
                }
                if (!chosen.contains(t)) {
                    chosen.add(t);
                }
            }
        }
        if (chosen.isEmpty()) {
            throw new WebhookException("events", "evergreen.webhooks.error.noEvents", "Choose at least one event.");
        }
        return chosen;
    }
}
