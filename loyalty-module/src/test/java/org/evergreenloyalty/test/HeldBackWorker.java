package org.evergreenloyalty.test;

import java.util.List;

import org.evergreenloyalty.order.OrderEventDispatcher;
import org.evergreenloyalty.order.OrderEventWorker;

/**
 * Holds the module's order event worker back in a test: whatever is due is booked first, then checkouts queue their
 * wake-ups instead of running them, so the test decides when the worker books (a batch of several orders, say).
 */
public final class HeldBackWorker {

    private HeldBackWorker() {
    }

    /** Books what is due, then queues the dispatcher's wake-ups in {@code wakeUps}. */
    public static void hold(OrderEventWorker worker, OrderEventDispatcher dispatcher, List<Runnable> wakeUps) {
        worker.drain();
        dispatcher.setExecutor(wakeUps::add);
    }

    /** Wake-ups run at once again. */
    public static void release(OrderEventDispatcher dispatcher) {
        dispatcher.setExecutor(Runnable::run);
    }
}
