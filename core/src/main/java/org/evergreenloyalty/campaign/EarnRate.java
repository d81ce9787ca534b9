package org.evergreenloyalty.campaign;

import java.math.BigDecimal;

/**
 * A standing earn rate: the products of a category, or one product, earn this many points per 1.00 instead of
 * the store's rate (a product's rate wins over its category's). Excluded products and categories still earn nothing.
 * A row of {@value CampaignRepository#RATE_TABLE} (RATE_ID, TARGET, TARGET_ID, POINTS_PER_UNIT; unique key
 * EVG_EARN_RATE_UK on TARGET, TARGET_ID), read and written by {@link CampaignRepository}.
 */
public class EarnRate {

    /** What a rate applies to. */
    public enum Target { PRODUCT, CATEGORY }

    private final long id;
    private final Target target;
    private final long targetId;
    private final BigDecimal pointsPerUnit;

    EarnRate(long id, Target target, long targetId, BigDecimal pointsPerUnit) {
        this.id = id;
        this.target = target;
        this.targetId = targetId;
        this.pointsPerUnit = pointsPerUnit;
    }

    public long getId() { return id; }
    public Target getTarget() { return target; }
    public long getTargetId() { return targetId; }
    public BigDecimal getPointsPerUnit() { return pointsPerUnit; }
}
