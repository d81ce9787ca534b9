package org.evergreenloyalty.order;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.Tokens;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books placed orders from their {@link OrderEvent}s, after checkout has committed: claims due events (a
 * conditional update with a claim token and a lease, so two workers or nodes never take the same event), takes the
 * batch's orders as checkout described them in their events (or loads them from the store, set-based, {@link
 * SubmittedOrderSource#loadAll}), runs every listener through {@link OrderCompletionService#processAllInTransaction}
 * and deletes the events, a whole batch in one transaction (the processed records stay; the event table holds only
 * the orders that wait). A batch that fails is retried one order per
 * transaction, so one bad order does not hold up the others; it keeps its error and is tried again after a
 * backoff. The processed record's key keeps every order booked once, also when a claim's lease ran out while its
 * worker was still busy, or the recovery sweep got there first.
 */
public class OrderEventWorker {

    private static final Log LOG = LogFactory.getLog(OrderEventWorker.class);
    private static final long MINUTE = 60L * 1000;
    private static final int MAX_ROUNDS = 1000;
    /** How long a page's settle waits for another worker's claim on the customer's events, and how often it looks. */
    private static final long HELD_WAIT_MILLIS = 500;
    private static final long HELD_POLL_MILLIS = 10;

    @PersistenceUnit(unitName = "blPU")
    protected EntityManagerFactory emf;

    private final TransactionTemplate newTx;
    private final OrderEventRepository events;
    private final SubmittedOrderSource orders;
    private final OrderCompletionService completion;
    private final Clock clock;
    private int batchSize = 50;
    private int leaseMinutes = 5;

    public OrderEventWorker(PlatformTransactionManager txm, OrderEventRepository events, SubmittedOrderSource orders,
                            OrderCompletionService completion, Clock clock) {
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.orders = orders;
        this.completion = completion;
        this.clock = clock;
    }

    /** Events per batch (1 to 500). */
    public void setBatchSize(int batchSize) {
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("The order event batch size must be between 1 and 500, was " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** How long a claim holds before another worker may take the event over (1 to 60 minutes). */
    public void setLeaseMinutes(int leaseMinutes) {
        if (leaseMinutes < 1 || leaseMinutes > 60) {
            throw new IllegalArgumentException("The order event lease must be between 1 and 60 minutes, was " + leaseMinutes);
        }
        this.leaseMinutes = leaseMinutes;
    }

    /** Books every due event, batch after batch, until none is left; returns how many orders it booked. */
    public int drain() {
        return drain(false);
    }

    /**
     * Books due events like {@link #drain()}, but stops after a batch that was not full: for a dispatcher that gathers,
     * whose wake-ups during this drain queue the next one, so orders placed meanwhile are gathered into one batch
     * instead of being claimed one or two at a time as they trickle in. Returns how many orders it booked.
     */
    public int drainGathered() {
        return drain(true);
    }

    private int drain(boolean stopAfterPartialBatch) {
        return isolated(() -> {
            int booked = 0;
            for (int round = 0; round < MAX_ROUNDS; round++) {
                Claim c = claim(now -> events.due(now, batchSize));
                if (c.count == 0) {
                    break;
                }
                booked += process(c.candidates, c.token);
                if (stopAfterPartialBatch && c.count < batchSize) {
                    break;
                }
            }
            return booked;
        });
    }

    /**
     * Books the customer's pending events now (a page that shows the customer's points asks before it reads them);
     * events another worker holds right now are waited for, briefly ({@link #settleAll}). Returns true when the
     * customer had orders waiting: a read made before this call may then be stale. A customer with none costs one
     * indexed read and no transaction, so a page may ask on every view.
     */
    public boolean settle(long customerId) {
        return settleAll(Collections.singleton(customerId));
    }

    /**
     * {@link #settle} for the customers a page lists (at most 500, e.g. the friends on a page of referrals), with one
     * read when none of them has a pending event. Books the waiting events it can claim; while another worker books
     * the others, it waits for that worker (at most {@value #HELD_WAIT_MILLIS} ms). Returns true when any of the
     * customers had orders waiting (booked now, by this call or by the other worker): the caller should read again.
     */
    public boolean settleAll(Collection<Long> customerIds) {
        return isolated(() -> {
            List<Long> pending = events.pendingOf(customerIds);
            if (pending.isEmpty()) {
                return false;
            }
            Claim c = claim(now -> pending);
            if (c.count > 0) {
                process(pending, c.token);
            }
            if (c.count < pending.size()) {
                awaitHeld(customerIds, c.at);
            }
            return true;
        });
    }

    /**
     * Waits, at most {@value #HELD_WAIT_MILLIS} ms, while another worker books events of {@code customerIds} that it
     * claimed (a page that asked to settle then reads them booked; a worker books a batch in well under that). Events
     * waiting for a retry after a failure are not waited for.
     */
    private void awaitHeld(Collection<Long> customerIds, Date now) {
        long deadline = System.nanoTime() + HELD_WAIT_MILLIS * 1_000_000L;
        try {
            while (events.heldOf(customerIds, now) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(HELD_POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Claims, for a new token and in one transaction, the events {@code candidates} names at the clock's time (none
     * another worker holds).
     */
    private Claim claim(Function<Date, List<Long>> candidates) {
        Date now = clock.now();
        Date until = new Date(now.getTime() + leaseMinutes * MINUTE);
        String token = UUID.randomUUID().toString();
        return newTx.execute(status -> {
            List<Long> ids = candidates.apply(now);
            return new Claim(token, now, ids, events.claim(ids, token, now, until));
        });
    }

    /** What a claim tried to take ({@code candidates}), at what time, and how many of them it got for its token. */
    private static final class Claim {
        final String token;
        final Date at;
        final List<Long> candidates;
        final int count;

        Claim(String token, Date at, List<Long> candidates, int count) {
            this.token = token;
            this.at = at;
            this.candidates = candidates;
            this.count = count;
        }
    }

    /**
     * Books those of the events of {@code candidates} that {@code token} claimed: in one transaction, or one by one
     * when that fails.
     */
    private int process(List<Long> candidates, String token) {
        try {
            return newTx.execute(status -> bookBatch(candidates, token));
        } catch (RuntimeException batchFailure) {
            List<Long> claimed = claimedIds(candidates, token);
            if (claimed.size() == 1) {
                failed(claimed.get(0), batchFailure);
                return 0;
            }
            LOG.info("A batch of " + claimed.size() + " order events failed (" + batchFailure + "); booking them one by one");
            int booked = 0;
            for (Long id : claimed) {
                booked += processOne(id, token) ? 1 : 0;
            }
            return booked;
        }
    }

    /**
     * Books the claimed batch in the running transaction: its orders as their events describe them, or else in a few
     * set-based reads ({@link #load}), which of them are processed already in one more, then the unprocessed ones all
     * at once ({@link OrderCompletionService#processAllInTransaction}), each listener writing the batch's rows with a
     * few statements; the events are deleted with one statement. An event whose order is no longer a placed order
     * (e.g. cancelled at once) is deleted unbooked.
     */
    private int bookBatch(List<Long> candidates, String token) {
        List<OrderEvent> claimed = events.claimed(candidates, token);
        List<Long> ids = orderIds(claimed);
        Map<Long, CompletedOrder> loaded = load(claimed); // may detach the events: they are only read below
        Set<Long> processed = events.processedAmong(ids);
        List<CompletedOrder> fresh = new ArrayList<CompletedOrder>();
        for (OrderEvent e : claimed) {
            CompletedOrder order = loaded.get(e.getOrderId());
            if (order == null) {
                LOG.info("Order " + e.getOrderId() + " is no longer a placed order; its event is dropped unbooked");
            } else if (!processed.contains(e.getOrderId())) {
                fresh.add(e.enrich(order));
            }
        }
        // the unprocessed ones are recorded without looking again: a record another worker wrote since fails the insert
        // and the batch, which is then booked one by one
        int booked = completion.processAllInTransaction(fresh);
        events.flushAndDetach();
        events.finish(ids, token);
        return booked;
    }

    /**
     * The claimed events' orders that are still placed orders, by id: those checkout described in their events as it
     * saw them (one query asks which are still placed), the others loaded from the store set-based.
     */
    private Map<Long, CompletedOrder> load(List<OrderEvent> claimed) {
        Map<Long, CompletedOrder> described = new HashMap<Long, CompletedOrder>();
        List<Long> others = new ArrayList<Long>();
        claimed.forEach(e -> {
            CompletedOrder order = e.described();
            if (order == null) {
                others.add(e.getOrderId());
            } else {
                described.put(e.getOrderId(), order);
            }
        });
        Map<Long, CompletedOrder> loaded = new HashMap<Long, CompletedOrder>();
        if (!described.isEmpty()) {
            Set<Long> placed = orders.placedAmong(described.keySet());
            described.forEach((id, order) -> {
                if (placed.contains(id)) {
                    loaded.put(id, order);
                }
            });
        }
        if (!others.isEmpty()) {
            loaded.putAll(orders.loadAll(others));
        }
        return loaded;
    }

    private List<Long> claimedIds(List<Long> candidates, String token) {
        return newTx.execute(status -> orderIds(events.claimed(candidates, token)));
    }

    private static List<Long> orderIds(List<OrderEvent> claimed) {
        List<Long> ids = new ArrayList<Long>();
        claimed.forEach(e -> ids.add(e.getOrderId()));
        return ids;
    }

    private boolean processOne(long orderId, String token) {
        try {
            return newTx.execute(status -> {
                OrderEvent e = events.find(orderId);
                return e != null && Tokens.equal(token, e.getClaimToken()) && book(e, token);
            });
        } catch (RuntimeException e) {
            failed(orderId, e);
            return false;
        }
    }

    /** Books one claimed event in the current transaction and deletes it; true if this call booked the order. */
    private boolean book(OrderEvent e, String token) {
        CompletedOrder loaded = orders.load(e.getOrderId());
        boolean booked = loaded != null && completion.processInTransaction(e.enrich(loaded));
        events.flushAndDetach();
        events.finish(Collections.singletonList(e.getOrderId()), token);
        return booked;
    }

    /** Records a failed attempt: the event stays pending and is tried again after a backoff (2, 4, 8 ... 60 minutes). */
    private void failed(long orderId, RuntimeException cause) {
        LOG.error("Order " + orderId + " could not be booked; it is tried again later", cause);
        newTx.execute(status -> {
            OrderEvent e = events.find(orderId);
            if (e != null && e.getStatus() == OrderEvent.Status.PENDING) {
                long minutes = Math.min(60, 1L << Math.min(6, Math.max(1, e.getAttempts())));
                e.failed(String.valueOf(cause), new Date(clock.now().getTime() + minutes * MINUTE));
            }
            return null;
        });
    }

    /**
     * Runs {@code work} in EntityManagers of its own: a thread that holds a request's EntityManager but no
     * transaction (a page asking to settle) lends it out for the duration, so the worker never sees that request's
     * cached entities; inside a transaction (or its after-commit callbacks) the worker's REQUIRES_NEW transactions
     * already suspend it.
     */
    private <T> T isolated(Supplier<T> work) {
        if (TransactionSynchronizationManager.isSynchronizationActive() || !TransactionSynchronizationManager.hasResource(emf)) {
            return work.get();
        }
        Object held = TransactionSynchronizationManager.unbindResource(emf);
        try {
            return work.get();
        } finally {
            TransactionSynchronizationManager.bindResource(emf, held);
        }
    }
}
