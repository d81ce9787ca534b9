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
     * {@link #processInTransaction}; with {@code foundUnprocessed} the caller has just seen, in this transaction, that
     * the order has no processed record (a worker's batch asks for all its orders at once), so none is looked for: a
     * record written since makes the insert, and with it the transaction, fail.
     */
    boolean processInTransaction(CompletedOrder order, boolean foundUnprocessed);

    /** Whether {@code orderId} has been processed. */
    boolean isProcessed(long orderId);
}
