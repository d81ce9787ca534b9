package org.evergreenloyalty.admin.settings;

import java.math.BigDecimal;

import org.evergreenloyalty.points.LoyaltyTier;

/**
 * A tier as the admin edited it, handed to {@code TierService.saveTiers}: carries the id of the existing tier
 * it replaces (null for a new tier). It is never persisted itself: the service copies it onto its own rows.
 * (LoyaltyTier offers no way to name an existing tier's id without loading the managed row.)
 */
final class EditedTier extends LoyaltyTier {

    private final Long id;

    EditedTier(Long id, String name, long threshold, BigDecimal multiplier, String benefit) {
        super(name, threshold, multiplier, benefit);
        this.id = id;
    }

    @Override
    public Long getId() {
        return id;
    }
}
