package org.evergreenloyalty.points.jobs;

import java.util.List;

import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.points.TierService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/** Nightly job {@code points-tier-review}: re-evaluates every account's tier, moving customers down as well as up. */
public class TierReviewJob implements LoyaltyJob {

    private static final int PAGE = 500;

    private final LedgerService ledger;
    private final TierService tiers;

    public TierReviewJob(LedgerService ledger, TierService tiers) {
        this.ledger = ledger;
        this.tiers = tiers;
    }

    @Override
    public String getName() {
        return "points-tier-review";
    }

    @Override
    public void run() {
        if (tiers.tiers().isEmpty()) {
            return;
        }
        long after = 0;
        while (true) {
            List<Long> ids = ledger.customerIds(after, PAGE);
            for (Long id : ids) {
                tiers.evaluate(id, true);
                after = id;
            }
            if (ids.size() < PAGE) {
                return;
            }
        }
    }
}
