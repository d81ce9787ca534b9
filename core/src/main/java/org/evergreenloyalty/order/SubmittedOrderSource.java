package org.evergreenloyalty.order;

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
}
