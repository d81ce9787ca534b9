package org.evergreenloyalty.points.jobs;

import org.evergreenloyalty.points.PointsMaturationService;
import org.evergreenloyalty.scheduling.LoyaltyJob;

/** Scheduled job {@code points-maturation}: makes pending order points available when their period ends. */
public class PendingPointsJob implements LoyaltyJob {

    private final PointsMaturationService maturation;

    public PendingPointsJob(PointsMaturationService maturation) {
        this.maturation = maturation;
    }

    @Override
    public String getName() {
        return "points-maturation";
    }

    @Override
    public void run() {
        maturation.matureDue();
    }
}
