package org.evergreenloyalty.order;

import java.util.Collection;
import java.util.Date;
import java.util.List;

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
     * Reads the orders {@code orderIds} from the database into the current transaction at once (a few set-based
     * queries for the whole batch), so that {@link #load} of each of them in that transaction reads nothing more.
     * Optional: the default does nothing and each {@link #load} reads its order itself.
     */
    default void prefetch(Collection<Long> orderIds) {
    }
}
