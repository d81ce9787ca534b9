package org.evergreenloyalty.order;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts a {@link ProcessedOrderRecord} and runs the listeners in one transaction. A second delivery
 * of the same order hits the record's primary key and is rolled back whole, so no listener effect
 * is ever recorded twice, even when two deliveries race.
 */
public class DefaultOrderCompletionService implements OrderCompletionService {

    private static final Log LOG = LogFactory.getLog(DefaultOrderCompletionService.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    protected final TransactionTemplate tx;
    protected final List<OrderCompletionListener> listeners = new ArrayList<OrderCompletionListener>();

    public DefaultOrderCompletionService(PlatformTransactionManager transactionManager) {
        this.tx = new TransactionTemplate(transactionManager);
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

    @Override
    public boolean process(final CompletedOrder order) {
        if (isProcessed(order.getOrderId())) {
            return false;
        }
        try {
            return tx.execute(new TransactionCallback<Boolean>() {
                @Override
                public Boolean doInTransaction(TransactionStatus status) {
                    em.persist(new ProcessedOrderRecord(order.getOrderId(), order.getCustomerId(),
                            order.getOrderNumber(), new Date()));
                    em.flush();
                    for (OrderCompletionListener l : listeners) {
                        l.orderCompleted(order);
                    }
                    return Boolean.TRUE;
                }
            });
        } catch (DataIntegrityViolationException e) {
            LOG.info("Order " + order.getOrderId() + " was processed concurrently; this delivery is ignored");
            return false;
        } catch (PersistenceException e) {
            if (isProcessed(order.getOrderId())) {
                LOG.info("Order " + order.getOrderId() + " was processed concurrently; this delivery is ignored");
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean isProcessed(final long orderId) {
        return tx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return em.find(ProcessedOrderRecord.class, orderId) != null;
            }
        });
    }
}
