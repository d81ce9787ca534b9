package org.evergreenloyalty.points;

/** What a VIP tier threshold is measured in. */
public enum TierBasis {
    /** Points earned (net of reversals) in the last 12 months. */
    POINTS_12_MONTHS,
    /** Points earned (net of reversals) ever. */
    POINTS_LIFETIME,
    /** Money spent on orders (earn base) in the last 12 months, in whole currency units. */
    SPEND_12_MONTHS
}
