package org.evergreenloyalty.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.evergreenloyalty.reward.RewardClaim;

/**
 * How one page of orders paid the claimed rewards (RWD codes) it used: the order the claim names, while not refunded,
 * was paid by the claim's own REDEEM ({@code reward:claim:<claim>}); any other order (a code let through twice, or
 * after its refund) by its charge {@code redeem:order:<order>:reward:<claim>}. Two set-based reads per page.
 */
final class RewardPayments {

    private final Map<String, RewardClaim> claims;
    private final Set<String> paidKeys;

    private RewardPayments(Map<String, RewardClaim> claims, Set<String> paidKeys) {
        this.claims = claims;
        this.paidKeys = paidKeys;
    }

    /** Reads the claims of {@code codes} (upper case) and which of the page's payments exist. */
    static RewardPayments of(IntegrityRepository repository, List<OrderDiscount> page, Set<String> codes) {
        Map<String, RewardClaim> claims = repository.rewardClaims(codes);
        List<String> keys = new ArrayList<String>();
        for (OrderDiscount d : page) {
            RewardClaim c = claimOf(claims, d);
            if (c != null) {
                keys.add(paymentKey(c, d.getOrderId()));
            }
        }
        return new RewardPayments(claims, repository.redeemKeys(keys));
    }

    /** Adds a {@link FindingKind#REWARD_NOT_PAID} finding when {@code d} used a claim that was not paid for its order. */
    void check(IntegrityReport report, OrderDiscount d) {
        RewardClaim c = claimOf(claims, d);
        if (c != null && !paidKeys.contains(paymentKey(c, d.getOrderId()))) {
            report.add(IntegrityFinding.of(FindingKind.REWARD_NOT_PAID).order(d.getOrderId(), d.getOrderNumber(), d.getCustomerId())
                    .code(d.getCode()).points(c.getPoints(), 0L));
        }
    }

    private static RewardClaim claimOf(Map<String, RewardClaim> claims, OrderDiscount d) {
        return d.isRewardCode() && d.getAmount().signum() > 0 ? claims.get(d.getCode().toUpperCase(Locale.ROOT)) : null;
    }

    /** The event key of the REDEEM that paid claim {@code c} on order {@code orderId}. */
    static String paymentKey(RewardClaim c, long orderId) {
        boolean ownOrder = !c.isRefunded() && c.getUsedOrderId() != null && c.getUsedOrderId() == orderId;
        return ownOrder ? "reward:claim:" + c.getId() : "redeem:order:" + orderId + ":reward:" + c.getId();
    }
}
