package org.evergreenloyalty.reward;

import java.util.Date;
import java.util.List;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionListener;

/**
 * Marks a claimed reward used when a placed order carries its code, as the points booking marks vouchers used
 * ({@code OrderRedemptionBooking}): once, in the order-processing transaction. The points were spent at claiming,
 * so nothing else moves. A code the platform let through a second time (two checkouts racing past its single-use
 * check) or after its points came back (a refund racing a checkout) is not free: that order is charged the
 * claim's points, exactly once per order and claim (event key {@code redeem:order:<order>:reward:<claim>}).
 */
public class RewardUsageListener implements OrderCompletionListener {

    private final RewardRepository repository;
    private final LedgerService ledger;

    public RewardUsageListener(RewardRepository repository, LedgerService ledger) {
        this.repository = repository;
        this.ledger = ledger;
    }

    @Override
    public void orderCompleted(CompletedOrder order) {
        Date at = order.getSubmittedAt() == null ? new Date() : order.getSubmittedAt();
        List<RewardClaim> claims = repository.claimsWithCodes(order.getAppliedCodes());
        for (RewardClaim c : claims) {
            repository.relock(c);
            if (!c.isUsed() && !c.isRefunded()) {
                c.markUsed(order.getOrderId(), at);
            } else if (c.getUsedOrderId() == null || c.getUsedOrderId() != order.getOrderId()) {
                chargeAgain(order, c);
            }
        }
        if (!claims.isEmpty()) {
            repository.flush();
        }
    }

    private void chargeAgain(CompletedOrder order, RewardClaim c) {
        String why = c.isRefunded() ? " used after its refund on order " : " used again on order ";
        ledger.post(Posting.builder(order.getCustomerId(), EntryType.REDEEM, "redeem:order:" + order.getOrderId() + ":reward:" + c.getId())
                .available(-c.getPoints()).allowNegative(true).source("reward-claim", c.getId())
                .reason("Reward " + c.getCode() + why + order.getLabel()).build());
    }
}
