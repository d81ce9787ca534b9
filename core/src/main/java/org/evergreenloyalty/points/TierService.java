package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.List;

/** VIP tiers: their definitions, and each customer's tier (promotion at once, downgrade nightly). */
public interface TierService {

    /** All tiers, lowest threshold first. */
    List<LoyaltyTier> tiers();

    /**
     * Replaces the tier definitions.
     *
     * @throws SettingsValidationException when a name is blank or repeated, a threshold negative or repeated,
     *         or a multiplier outside 1 to 10; nothing changes then
     */
    void saveTiers(List<LoyaltyTier> tiers);

    /** The customer's current tier, or null (cached like the tiers). */
    LoyaltyTier currentTier(long customerId);

    /** The earn multiplier of the customer's current tier (1 without a tier). */
    BigDecimal multiplier(long customerId);

    /** The customer's standing. */
    TierStatus status(long customerId);

    /** The standing of a customer holding tier {@code currentTierId} (null: none) with {@code qualifyingValue}. */
    TierStatus status(Long currentTierId, long qualifyingValue, TierBasis basis);

    /**
     * Re-evaluates the customer's tier: moves up at once; moves down only when {@code allowDowngrade}.
     *
     * @return the new tier when the customer moved up, else null
     */
    LoyaltyTier evaluate(long customerId, boolean allowDowngrade);
}
