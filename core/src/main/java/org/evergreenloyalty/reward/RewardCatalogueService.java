package org.evergreenloyalty.reward;

import java.util.List;

/**
 * The rewards catalogue as shoppers use it (bean {@code evgRewardCatalogueService}): the active entries with what
 * each customer can afford, claiming an entry for points (a native store code bound to the customer), the customer's
 * claims, and giving an unused claim back when the store allows it. Refusals are {@link RewardException}s; nothing
 * changes then.
 */
public interface RewardCatalogueService {

    /** The customer's spendable points: available less what the customer's carts hold. */
    long spendable(long customerId);

    /** The active entries in display order, as {@code customerId} sees them. */
    List<CatalogueEntry> catalogue(long customerId);

    /**
     * Claims {@code rewardId} for {@code customerId}: spends its points (one REDEEM entry {@code reward:claim:<id>})
     * and creates its code, under the account's lock.
     *
     * @throws RewardException when the entry is unknown or inactive, the limit is reached or the points do not cover it
     */
    RewardClaim claim(long customerId, long rewardId);

    /** The customer's claims, newest first. */
    List<RewardClaim> claims(long customerId);

    /** The entry of a claim (also inactive ones), or null. */
    Reward reward(long rewardId);

    /**
     * Gives {@code claimId} back: retires its code and returns its points once ({@code reward:refund:<id>}).
     *
     * @throws RewardException when refunds are off, the claim is not the customer's, or it is used, expired or refunded
     */
    RewardClaim refund(long customerId, long claimId);

    /** Whether the store lets shoppers refund unused claims. */
    boolean isRefundAllowed();

    /** Queues the expiry reminder of every claim due for one (once per claim); returns how many were queued. */
    int sendReminders();
}
