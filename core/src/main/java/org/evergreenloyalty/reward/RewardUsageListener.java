package org.evergreenloyalty.reward;

import java.util.Date;

import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionListener;

/**
 * Marks a claimed reward used when a placed order carries its code, as the points booking marks vouchers used
 * ({@code OrderRedemptionBooking}): once, in the order-processing transaction. The points were spent at claiming,
 * so nothing else moves.
 */
public class RewardUsageListener implements OrderCompletionListener {

    private final RewardRepository repository;

    public RewardUsageListener(RewardRepository repository) {
        this.repository = repository;
    }

    @Override
    public void orderCompleted(CompletedOrder order) {
        Date at = order.getSubmittedAt() == null ? new Date() : order.getSubmittedAt();
        for (RewardClaim c : repository.claimsWithCodes(order.getAppliedCodes())) {
            repository.relock(c);
            if (!c.isUsed()) {
                c.markUsed(order.getOrderId(), at);
            }
        }
        repository.flush();
    }
}
