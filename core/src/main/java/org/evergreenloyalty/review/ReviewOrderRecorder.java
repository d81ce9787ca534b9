package org.evergreenloyalty.review;

import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCancellationHandler;
import org.evergreenloyalty.order.OrderCompletionListener;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every submitted order with its lines as a WAITING review request (inside the order's processing
 * transaction, so each order is recorded once), and turns a waiting request into SKIPPED (cancelled) when the
 * order is cancelled; a request already sent gets no reminder.
 */
public class ReviewOrderRecorder implements OrderCompletionListener, OrderCancellationHandler {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate newTx;
    private final ReviewRequestRepository requests;
    private final Clock clock;

    public ReviewOrderRecorder(PlatformTransactionManager txm, ReviewRequestRepository requests, Clock clock) {
        this.newTx = new TransactionTemplate(txm);
        this.requests = requests;
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void orderCompleted(CompletedOrder order) {
        // no look-up first: this listener runs once per order (the processed record), and the request's primary key,
        // the order id, fails a second insert
        Date submitted = order.getSubmittedAt() == null ? clock.now() : order.getSubmittedAt();
        em.persist(new ReviewRequest(order.getOrderId(), order.getCustomerId(), order.getOrderNumber(), order.getCustomerEmail(), submitted));
        Set<Long> seen = new HashSet<Long>();
        for (CompletedOrder.Line line : order.getLines()) {
            if (seen.add(line.getOrderItemId())) {
                em.persist(new ReviewRequestItem(line.getOrderItemId(), order.getOrderId(), order.getCustomerId(), line.getProductId(),
                        line.getProductName(), line.getQuantity()));
            }
        }
        em.flush();
    }

    @Override
    public void orderCancelled(final long orderId) {
        newTx.execute(status -> {
            requests.skip(orderId, SkipReason.CANCELLED);
            requests.skipReminderIfSent(orderId, SkipReason.CANCELLED);
            return null;
        });
    }
}
