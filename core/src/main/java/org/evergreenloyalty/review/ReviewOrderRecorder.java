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
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
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
    private final Clock clock;

    public ReviewOrderRecorder(PlatformTransactionManager txm, Clock clock) {
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void orderCompleted(CompletedOrder order) {
        if (em.find(ReviewRequest.class, order.getOrderId()) != null) {
            return;
        }
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
        newTx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                em.createQuery("update ReviewRequest r set r.status = :skipped, r.skipReason = :reason, r.reminderDone = true "
                        + "where r.orderId = :id and r.status = :waiting")
                        .setParameter("skipped", RequestStatus.SKIPPED).setParameter("reason", SkipReason.CANCELLED)
                        .setParameter("id", orderId).setParameter("waiting", RequestStatus.WAITING).executeUpdate();
                em.createQuery("update ReviewRequest r set r.reminderDone = true, r.reminderSkipReason = :reason "
                        + "where r.orderId = :id and r.status = :sent and r.reminderDone = false")
                        .setParameter("reason", SkipReason.CANCELLED).setParameter("id", orderId)
                        .setParameter("sent", RequestStatus.SENT).executeUpdate();
                return null;
            }
        });
    }
}
