package org.evergreenloyalty.order;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts a {@link ProcessedOrderRecord} and runs the listeners in ONE transaction: the order's bookings reach
 * the database together or not at all. Checkout no longer calls it: it writes an {@link OrderEvent} with the order,
 * and the {@link OrderEventWorker} (or the {@link OrderRecoveryService} for orders without one) calls it after
 * commit, in batches through {@link #processAllInTransaction}. A second delivery of the same order finds the record, or hits
 * its primary key and is rolled back whole, so no listener effect is ever recorded twice, even when two
 * deliveries race. Orders whose processing was lost anyway are found by the {@link OrderRecoveryService}.
 */
public class DefaultOrderCompletionService implements OrderCompletionService {

    private static final Log LOG = LogFactory.getLog(DefaultOrderCompletionService.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    protected final TransactionTemplate tx;
    protected final OrderEventRepository records;
    protected final Clock clock;
    protected final List<OrderCompletionListener> listeners = new ArrayList<OrderCompletionListener>();
    private volatile CompletionProbe probe = CompletionProbe.NONE;

    public DefaultOrderCompletionService(PlatformTransactionManager transactionManager, OrderEventRepository records, Clock clock) {
        this.tx = new TransactionTemplate(transactionManager);
        this.records = records;
        this.clock = clock;
    }

    /** Replaces the listeners, which are called in list order. */
    public void setListeners(List<OrderCompletionListener> listeners) {
        this.listeners.clear();
        if (listeners != null) {
            this.listeners.addAll(listeners);
        }
    }

    /** Adds one listener at the end. */
    public void addListener(OrderCompletionListener listener) {
        listeners.add(listener);
    }

    /** Installs a test hook called at each processing step (null: none). */
    public void setProbe(CompletionProbe probe) {
        this.probe = probe == null ? CompletionProbe.NONE : probe;
    }

    @Override
    public boolean process(final CompletedOrder order) {
        try {
            return tx.execute(status -> record(order));
        } catch (RuntimeException e) {
            // a concurrent delivery's record fails this one's insert (however the platform wraps that)
            if (isProcessed(order.getOrderId())) {
                LOG.info("Order " + order.getOrderId() + " was processed concurrently; this delivery is ignored");
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean processInTransaction(CompletedOrder order) {
        requireTransaction();
        return record(order);
    }

    @Override
    public int processAllInTransaction(List<CompletedOrder> foundUnprocessed) {
        requireTransaction();
        return foundUnprocessed.isEmpty() ? 0 : book(foundUnprocessed);
    }

    /** Books the order unless it has a processed record already; false if it had. */
    private boolean record(CompletedOrder order) {
        return em.find(ProcessedOrderRecord.class, order.getOrderId()) == null && book(Collections.singletonList(order)) == 1;
    }

    /**
     * Inserts the processed records (their primary key fails a second one) and hands the orders to every listener, in
     * the current transaction; returns how many orders it booked.
     */
    private int book(List<CompletedOrder> orders) {
        reached(CompletionProbe.START, orders);
        records.insertProcessed(orders, clock.now());
        reached(CompletionProbe.RECORDED, orders);
        for (OrderCompletionListener l : listeners) {
            String name = l.getClass().getSimpleName();
            reached("before:" + name, orders);
            l.ordersCompleted(orders);
            reached("after:" + name, orders);
        }
        return orders.size();
    }

    private void reached(String step, List<CompletedOrder> orders) {
        orders.forEach(o -> probe.reached(step, o));
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("processInTransaction needs a running transaction");
        }
    }

    @Override
    public boolean isProcessed(final long orderId) {
        return tx.execute(status -> em.find(ProcessedOrderRecord.class, orderId) != null);
    }
}
