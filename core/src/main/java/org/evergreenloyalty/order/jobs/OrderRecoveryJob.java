package org.evergreenloyalty.order.jobs;

import org.evergreenloyalty.order.OrderRecoveryService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/** Scheduled job {@code order-recovery}: books placed orders whose loyalty processing was interrupted. */
public class OrderRecoveryJob implements LoyaltyJob {

    private final OrderRecoveryService recovery;

    public OrderRecoveryJob(OrderRecoveryService recovery) {
        this.recovery = recovery;
    }

    @Override
    public String getName() {
        return "order-recovery";
    }

    @Override
    public void run() {
        recovery.sweep();
    }
}
