package org.evergreenloyalty.notification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link OutboxListener}s by reference type (bean {@code evgOutboxListeners}); features add theirs when built. */
public class OutboxListeners {

    private final Map<String, OutboxListener> byType = new ConcurrentHashMap<String, OutboxListener>();

    /** Adds {@code listener}; one listener per reference type. */
    public void add(OutboxListener listener) {
        OutboxListener earlier = byType.putIfAbsent(listener.refType(), listener);
        if (earlier != null && earlier != listener) {
            throw new IllegalStateException("Two outbox listeners for '" + listener.refType() + "'");
        }
    }

    /** The listener of {@code refType}, or null. */
    public OutboxListener of(String refType) {
        return refType == null ? null : byType.get(refType);
    }
}
