package org.evergreenloyalty.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        ordersCompleted(Collections.singletonList(order));
    }

    /**
     * Writes the batch's requests and items in multi-row inserts, with no look-up first: this listener runs once per
     * order (the processed record), and a request's primary key, the order id, fails a second insert.
     */
    @Override
    public void ordersCompleted(List<CompletedOrder> orders) {
        List<ReviewRequest> created = new ArrayList<ReviewRequest>();
        List<ReviewRequestItem> items = new ArrayList<ReviewRequestItem>();
        for (CompletedOrder order : orders) {
            Date submitted = order.getSubmittedAt() == null ? clock.now() : order.getSubmittedAt();
            created.add(new ReviewRequest(order.getOrderId(), order.getCustomerId(), order.getOrderNumber(), order.getCustomerEmail(), submitted));
            Set<Long> seen = new HashSet<Long>();
            order.getLines().stream().filter(line -> seen.add(line.getOrderItemId())).forEach(line -> items.add(new ReviewRequestItem(
                    line.getOrderItemId(), order.getOrderId(), order.getCustomerId(), line.getProductId(), line.getProductName(),
                    line.getQuantity())));
        }
        requests.insertWaiting(created, items);
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
