package org.evergreenloyalty.webhook;

import java.util.Map;

/**
 * Queues webhook events: one delivery row per enabled subscription that wants the event's type, written in the
 * caller's transaction (nothing for a change that rolls back), sent after the commit by the {@link WebhookSender}.
 */
public interface WebhookOutbox {

    /**
     * Queues an event of {@code type} with {@code data} (a JSON object's fields); does nothing, without touching
     * the database, when no enabled subscription wants {@code type}.
     */
    void publish(String type, Map<String, ?> data);

    /** Whether some enabled subscription wants {@code type} (from the cached set). */
    boolean wanted(String type);

    /** Forgets the cached set of subscriptions (after a change in the admin). */
    void subscriptionsChanged();
}
