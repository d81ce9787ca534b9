package org.evergreenloyalty.test;

import java.util.ArrayList;
import java.util.List;

import org.evergreenloyalty.order.OrderEventDispatcher;
import org.evergreenloyalty.order.OrderEventWorker;
import org.springframework.context.ApplicationContext;

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

    /** What a test does while the worker is held back; it sees the wake-ups queued so far. */
    public interface HeldWork {
        void run(List<Runnable> wakeUps) throws Exception;
    }

    /**
     * Runs {@code work} with the worker of {@code context} held back (checkouts queue their wake-ups instead of
     * booking), then lets it go again, also when {@code work} fails. Returns the queued wake-ups: running them shows
     * what the worker does when it comes after the work.
     */
    public static List<Runnable> whileHeld(ApplicationContext context, HeldWork work) throws Exception {
        OrderEventWorker worker = context.getBean("evgOrderEventWorker", OrderEventWorker.class);
        OrderEventDispatcher dispatcher = context.getBean("evgOrderEventDispatcher", OrderEventDispatcher.class);
        List<Runnable> wakeUps = new ArrayList<Runnable>();
        hold(worker, dispatcher, wakeUps);
        try {
            work.run(wakeUps);
        } finally {
            release(dispatcher);
        }
        return wakeUps;
    }
}
