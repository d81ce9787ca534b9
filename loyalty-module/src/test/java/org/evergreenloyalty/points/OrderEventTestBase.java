package org.evergreenloyalty.points;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.order.DefaultOrderCompletionService;
import org.evergreenloyalty.order.OrderEvent;
import org.evergreenloyalty.order.OrderEventDispatcher;
import org.evergreenloyalty.order.OrderEventRepository;
import org.evergreenloyalty.order.OrderEventWorker;
import org.evergreenloyalty.order.SubmittedOrderSource;
import org.evergreenloyalty.test.HeldBackWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the order event worker's tests share: the worker and its parts, and each test starting with nothing due and the
 * worker held back (checkouts queue their wake-ups in {@link #heldBack}), so a test decides when it books.
 */
abstract class OrderEventTestBase extends PointsTestBase {

    @Resource(name = "evgOrderEventDispatcher")
    OrderEventDispatcher dispatcher;
    @Resource(name = "evgOrderEventWorker")
    OrderEventWorker worker;
    @Resource(name = "evgOrderEventRepository")
    OrderEventRepository events;
    @Resource(name = "evgOrderCompletionService")
    DefaultOrderCompletionService completion;
    @Resource(name = "evgSubmittedOrders")
    SubmittedOrderSource submittedOrders;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    final List<Runnable> heldBack = new ArrayList<Runnable>();

    @BeforeEach
    void holdTheWorkerBack() {
        HeldBackWorker.hold(worker, dispatcher, heldBack);
    }

    @AfterEach
    void letItGo() {
        completion.setProbe(null);
        HeldBackWorker.release(dispatcher);
    }

    /** The event of {@code orderId} as stored now; null once its order was booked (or dropped). */
    OrderEvent event(long orderId) {
        return new TransactionTemplate(txm).execute(s -> {
            java.util.List<OrderEvent> found = em.createQuery("select e from OrderEvent e where e.orderId = :id", OrderEvent.class)
                    .setParameter("id", orderId).getResultList();
            found.forEach(em::refresh);
            return found.isEmpty() ? null : found.get(0);
        });
    }
}
