package org.evergreenloyalty.order;

/**
 * Hands each submitted order to every {@link OrderCompletionListener} exactly once, however often
 * the order is delivered (a retried checkout, two nodes, a replay).
 */
public interface OrderCompletionService {

    /**
     * Processes {@code order} if it was never processed before.
     *
     * @return true if this call processed it, false if it had been processed already
     */
    boolean process(CompletedOrder order);

    /**
     * Like {@link #process} but inside the caller's transaction (which must exist), so a worker can book a batch of
     * orders in one transaction; a failure marks that transaction for rollback.
     */
    boolean processInTransaction(CompletedOrder order);

    /**
     * Processes {@code foundUnprocessed}, orders the caller has just seen without a processed record in this
     * transaction (which must exist): writes their records in one statement, none looked for again (a record
     * written since fails the insert, and with it the transaction), then hands the whole batch to each listener
     * ({@link OrderCompletionListener#ordersCompleted}). Returns how many orders it processed.
     */
    int processAllInTransaction(java.util.List<CompletedOrder> foundUnprocessed);

    /** Whether {@code orderId} has been processed. */
    boolean isProcessed(long orderId);
}
