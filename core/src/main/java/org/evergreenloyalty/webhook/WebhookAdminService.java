package org.evergreenloyalty.webhook;

import java.util.Collection;
import java.util.List;

/**
 * What Loyalty &gt; Webhooks does: subscriptions (create with a generated secret, change, delete), a test event, the
 * delivery log of a subscription and the resend of a delivery. Refusals are {@link WebhookException}s that change
 * nothing.
 */
public interface WebhookAdminService {

    /** Every subscription, oldest first. */
    List<WebhookSubscription> subscriptions();

    /** The subscription, or null. */
    WebhookSubscription subscription(long id);

    /** Creates a subscription with a new secret (the only time the secret is handed out). */
    WebhookSubscription create(String url, Collection<String> events, boolean enabled);

    /** Changes URL, events and the enabled flag (enabling again forgets the failures). */
    WebhookSubscription update(long id, String url, Collection<String> events, boolean enabled);

    /** Deletes a subscription with its deliveries and attempts. */
    void delete(long id);

    /** Queues a {@code webhook.test} event for the subscription and sends it; returns the delivery's id. */
    long sendTest(long id);

    /** Makes a delivery due now with a fresh run of attempts and sends it (if its subscription is enabled). */
    void resend(long deliveryId);

    /** The delivery, or null. */
    WebhookDelivery delivery(long deliveryId);

    /** The newest deliveries of a subscription. */
    List<WebhookDelivery> deliveries(long subscriptionId, int max);

    /** The newest attempts of a subscription. */
    List<WebhookAttempt> attempts(long subscriptionId, int max);
}
