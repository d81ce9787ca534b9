package org.evergreenloyalty.order;

import java.util.HashSet;
import java.util.Set;

import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceUnit;

import org.evergreenloyalty.support.AfterCommit;
import org.evergreenloyalty.support.Clock;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What checkout does for the module on its request path: write ONE {@link OrderEvent} for the placed order so
 * that it commits atomically with the order, and wake the {@link OrderEventDispatcher} once it has committed.
 *
 * <p>In a storefront request (the store's EntityManager open in view, no transaction running) the event is only
 * persisted into that EntityManager: Broadleaf's own commit of the SUBMITTED order (the save at the end of
 * {@code performCheckout}) writes both, so checkout costs no extra commit, and after that commit
 * {@link #orderCommitted} wakes the worker. Anywhere else the event is written in the running transaction, or in
 * its own when there is none, and the worker wakes after that commit.
 *
 * <p>What a crash may lose: nothing that was committed. Killed before the order's commit, neither the order nor
 * its event exists. Killed after it, the event waits PENDING and the {@code order-events} job books it within a
 * minute; a placed order without an event (a store that commits the order in a transaction of its own before
 * this step, or orders from before the module) is booked by the recovery sweep. The points reservation of a
 * redeemed cart is not consumed here: it keeps holding the points until the worker books the REDEEM, and the
 * reservation time-out leaves reservations of carts with a pending event alone.
 */
public class OrderEventRecorder {

    private static final ThreadLocal<Set<Long>> AWAITING_COMMIT = ThreadLocal.withInitial(HashSet::new);

    @PersistenceUnit(unitName = "blPU")
    protected EntityManagerFactory emf;

    private final TransactionTemplate tx;
    private final OrderEventRepository events;
    private final OrderEventDispatcher dispatcher;
    private final Clock clock;

    public OrderEventRecorder(PlatformTransactionManager txm, OrderEventRepository events, OrderEventDispatcher dispatcher,
                              Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.events = events;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Writes the event of {@code placed} (id, customer, number, submit time, applied codes, device hashes). */
    public void record(CompletedOrder placed) {
        if (!TransactionSynchronizationManager.isActualTransactionActive() && TransactionSynchronizationManager.hasResource(emf)) {
            EntityManagerHolder request = (EntityManagerHolder) TransactionSynchronizationManager.getResource(emf);
            events.addTo(request.getEntityManager(), new OrderEvent(placed, clock.now()));
            AWAITING_COMMIT.get().add(placed.getOrderId());
            return;
        }
        tx.execute(status -> {
            OrderEvent earlier = events.find(placed.getOrderId());
            if (earlier != null) {
                earlier.rewrite(placed, clock.now());
            } else {
                events.add(new OrderEvent(placed, clock.now()));
            }
            AfterCommit.run(dispatcher::wake);
            return null;
        });
    }

    /**
     * The platform committed order {@code orderId}: wakes the worker if this thread wrote its event into the
     * request's EntityManager (so it has just committed with the order).
     */
    public void orderCommitted(long orderId) {
        if (AWAITING_COMMIT.get().remove(orderId)) {
            dispatcher.wake();
        }
    }

    /** A later checkout step failed: the event of {@code orderId} is withdrawn if no worker has booked it. */
    public void withdraw(long orderId) {
        AWAITING_COMMIT.get().remove(orderId);
        tx.execute(status -> {
            OrderEvent e = events.find(orderId);
            if (e != null && e.getStatus() == OrderEvent.Status.PENDING && e.getClaimToken() == null) {
                events.remove(e);
            }
            return null;
        });
    }
}
