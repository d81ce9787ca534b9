package org.evergreenloyalty.order;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's placed orders as the recovery sweep needs them (implemented by the platform adapter): which
 * submitted orders have no processed record, and each such order as the engine sees it.
 */
public interface SubmittedOrderSource {

    /**
     * Ids above {@code afterId} of orders submitted in [{@code from}, {@code to}) that have no
     * {@link ProcessedOrderRecord}, ascending, at most {@code max}.
     */
    List<Long> unprocessed(Date from, Date to, long afterId, int max);

    /** The submitted order {@code orderId}, or null when it is not (or no longer) a submitted order of a customer. */
    CompletedOrder load(long orderId);

    /**
     * The submitted orders among {@code orderIds}, by id, read from the database for a worker's batch (those that are
     * not, or no longer, submitted orders of a customer are missing). Their applied codes may be left out: the worker
     * takes those from the order's event. The default loads each with {@link #load}; an adapter reads the whole batch
     * in a few set-based queries. The worker calls it first in its transaction: an
     * adapter may leave the persistence context empty afterwards, so the listeners' flushes do not walk the store's
     * order graphs.
     */
    default Map<Long, CompletedOrder> loadAll(Collection<Long> orderIds) {
        Map<Long, CompletedOrder> loaded = new LinkedHashMap<Long, CompletedOrder>();
        for (Long id : orderIds) {
            CompletedOrder order = load(id);
            if (order != null) {
                loaded.put(id, order);
            }
        }
        return loaded;
    }

    /**
     * Which of {@code orderIds} are still submitted orders of a customer (for a worker's batch whose orders checkout
     * described in their events, so they need not be loaded). The default loads each with {@link #load}; an adapter asks
     * in one query.
     */
    default java.util.Set<Long> placedAmong(Collection<Long> orderIds) {
        java.util.Set<Long> placed = new java.util.HashSet<Long>();
        orderIds.stream().filter(id -> load(id) != null).forEach(placed::add);
        return placed;
    }
}
