package org.evergreenloyalty.order;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Hands order events to the {@link OrderEventWorker} after checkout committed them, off the request: a small
 * bounded pool ({@code evergreen.orders.events.workerThreads}, default 1) runs one drain at a time per thread, and
 * wake-ups that arrive while a drain is queued are folded into it, so events committed meanwhile are booked in
 * one batch; {@code evergreen.orders.events.gatherMillis} lets a drain wait briefly for more, and
 * {@code evergreen.orders.events.maxGatherMillis} lets it keep waiting while a burst of checkouts lasts. When the pool is busy or shut down a wake-up is dropped: the {@code order-events} job drains what is
 * left. With 0 threads the drain runs in the thread that committed, right after its commit (no background
 * threads; tests use this).
 */
public class OrderEventDispatcher implements DisposableBean {

    private static final Log LOG = LogFactory.getLog(OrderEventDispatcher.class);

    private final OrderEventWorker worker;
    private final ExecutorService pool;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile Executor executor;
    private volatile long gatherMillis;
    private volatile long maxGatherMillis;
    private volatile long lastWakeNanos;

    /** @param threads worker threads (0 to 8; 0: drain in the committing thread) */
    public OrderEventDispatcher(OrderEventWorker worker, int threads) {
        if (threads < 0 || threads > 8) {
            throw new IllegalArgumentException("evergreen.orders.events.workerThreads must be between 0 and 8, was " + threads);
        }
        this.worker = worker;
        if (threads == 0) {
            this.pool = null;
            this.executor = Runnable::run;
        } else {
            AtomicInteger n = new AtomicInteger();
            this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<Runnable>(threads),
                    r -> {
                        Thread t = new Thread(r, "evergreen-order-events-" + n.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    }, new ThreadPoolExecutor.AbortPolicy());
            this.executor = pool;
        }
    }

    /**
     * How long a pool thread waits after a wake-up before it drains ({@code evergreen.orders.events.gatherMillis}, 0 to
     * 2000 ms, 0 = at once; the store default is 1000, set in evergreen-defaults.properties): the orders committed
     * meanwhile are booked in the same batch, so under load the worker pays its claim, its transaction and its
     * look-ups once per batch instead of once per order, and competes less with the shoppers for the CPU. Ignored with
     * 0 threads (the committing thread drains at once).
     */
    public void setGatherMillis(long gatherMillis) {
        if (gatherMillis < 0 || gatherMillis > 2000) {
            throw new IllegalArgumentException("evergreen.orders.events.gatherMillis must be between 0 and 2000, was " + gatherMillis);
        }
        this.gatherMillis = gatherMillis;
    }

    /**
     * The longest a gathering drain keeps waiting while orders keep coming ({@code evergreen.orders.events.maxGatherMillis},
     * 0 to 60000 ms, default 0 = no longer than {@code gatherMillis}): with a ceiling above {@code gatherMillis}, a drain
     * waits until no order was placed for {@code gatherMillis}, but at most this long after its wake-up, so during a
     * burst of checkouts the booking yields the CPU to the shoppers and then books the burst in a few large batches.
     * The points page is unaffected: it books the shopper's own orders when it is shown.
     */
    public void setMaxGatherMillis(long maxGatherMillis) {
        if (maxGatherMillis < 0 || maxGatherMillis > 60000) {
            throw new IllegalArgumentException("evergreen.orders.events.maxGatherMillis must be between 0 and 60000, was " + maxGatherMillis);
        }
        this.maxGatherMillis = maxGatherMillis;
    }

    /**
     * How much longer a gathering drain waits, in ms, {@code waited} ms after its wake-up and {@code quiet} ms after the
     * last order was placed: 0 when it should drain now (the store was quiet for {@code gather} ms, or the ceiling
     * {@code maxGather} is reached).
     */
    static long remainingGather(long waited, long quiet, long gather, long maxGather) {
        long ceiling = Math.max(gather, maxGather);
        if (waited >= ceiling) {
            return 0;
        }
        if (waited >= gather && quiet >= gather) {
            return 0;
        }
        long untilQuiet = Math.max(gather - waited, gather - quiet);
        return Math.max(1, Math.min(untilQuiet, ceiling - waited));
    }

    /** Asks for a drain soon; never blocks, never throws. */
    public void wake() {
        lastWakeNanos = System.nanoTime();
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            queued.set(false);
            LOG.debug("Order event worker busy; the order-events job books what is left");
        }
    }

    private void drain() {
        boolean gathering = pool != null && gatherMillis > 0 && executor == pool;
        if (gathering && !gather()) {
            queued.set(false);
            return;
        }
        queued.set(false);
        try {
            // gathering: a batch that was not full ends this drain; orders placed meanwhile woke the next one, which
            // waits gatherMillis again and books them together
            if (gathering) {
                worker.drainGathered();
            } else {
                worker.drain();
            }
        } catch (RuntimeException e) {
            LOG.error("Draining order events failed; the order-events job tries again", e);
        }
    }

    /** Waits as {@link #remainingGather} says; wake-ups meanwhile fold into this drain (queued stays set). False if interrupted. */
    private boolean gather() {
        long start = System.nanoTime();
        try {
            for (long wait = gatherMillis; wait > 0; ) {
                Thread.sleep(wait);
                long now = System.nanoTime();
                wait = remainingGather((now - start) / 1_000_000, (now - lastWakeNanos) / 1_000_000, gatherMillis, maxGatherMillis);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Replaces where drains run (tests hold them back to look at the state before the worker ran). */
    public void setExecutor(Executor executor) {
        this.executor = executor;
        this.queued.set(false);
    }

    @Override
    public void destroy() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
