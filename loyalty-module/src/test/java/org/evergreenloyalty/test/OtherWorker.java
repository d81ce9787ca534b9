package org.evergreenloyalty.test;

import java.util.Collections;
import java.util.Date;

import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.order.OrderEventRepository;
import org.evergreenloyalty.order.SubmittedOrderSource;
import org.evergreenloyalty.support.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another node's order event worker, for tests: claims a placed order's event for its own token, as that node's
 * worker would, and later books the order and deletes the event, so a test can show what a page or this node's
 * worker does while the order is held elsewhere.
 */
public final class OtherWorker {

    private static final long LEASE_MILLIS = 5 * 60 * 1000L;

    private final String token;
    private final OrderEventRepository events;
    private final OrderCompletionService completion;
    private final SubmittedOrderSource orders;
    private final TransactionTemplate tx;
    private final Clock clock;

    private OtherWorker(ApplicationContext context, String token) {
        this.token = token;
        this.events = context.getBean("evgOrderEventRepository", OrderEventRepository.class);
        this.completion = context.getBean("evgOrderCompletionService", OrderCompletionService.class);
        this.orders = context.getBean("evgSubmittedOrders", SubmittedOrderSource.class);
        this.tx = new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class));
        this.clock = context.getBean("evgClock", Clock.class);
    }

    /** The worker of another node of {@code context}'s store, claiming for {@code token}. */
    public static OtherWorker of(ApplicationContext context, String token) {
        return new OtherWorker(context, token);
    }

    /** Claims the event of the placed order {@code orderId} for five minutes; true if it got it. */
    public boolean claim(long orderId) {
        Date now = clock.now();
        Integer claimed = tx.execute(s -> events.claim(Collections.singletonList(orderId), token, now,
                new Date(now.getTime() + LEASE_MILLIS)));
        return claimed != null && claimed == 1;
    }

    /** The order as this worker would book it (read now, in a transaction of its own). */
    public CompletedOrder load(long orderId) {
        return tx.execute(s -> orders.load(orderId));
    }

    /** Books {@code order} (as {@link #load} read it) and deletes its claimed event, in one transaction. */
    public void book(CompletedOrder order) {
        tx.execute(s -> {
            completion.processInTransaction(order);
            events.finish(Collections.singletonList(order.getOrderId()), token);
            return null;
        });
    }
}
