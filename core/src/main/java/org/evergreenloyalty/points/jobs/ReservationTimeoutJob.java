package org.evergreenloyalty.points.jobs;

import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/** Job {@code points-reservations}: releases points held by abandoned carts and removes their discounts. */
public class ReservationTimeoutJob implements LoyaltyJob {

    private final PointsRedemptionService redemption;

    public ReservationTimeoutJob(PointsRedemptionService redemption) {
        this.redemption = redemption;
    }

    @Override
    public String getName() {
        return "points-reservations";
    }

    @Override
    public void run() {
        redemption.releaseExpired();
    }
}
