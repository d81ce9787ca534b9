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

    /** Whether {@code orderId} has been processed. */
    boolean isProcessed(long orderId);
}
