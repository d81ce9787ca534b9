package org.evergreenloyalty.order.jobs;

import org.evergreenloyalty.order.OrderEventWorker;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/**
 * Scheduled job {@code order-events} (every minute): books the order events no worker took after their commit
 * (a node that died, a full pool, a failed attempt whose backoff ran out). Safe on every node at once: events
 * are claimed before they are booked.
 */
public class OrderEventJob implements LoyaltyJob {

    private final OrderEventWorker worker;

    public OrderEventJob(OrderEventWorker worker) {
        this.worker = worker;
    }

    @Override
    public String getName() {
        return "order-events";
    }

    @Override
    public void run() {
        worker.drain();
    }
}
