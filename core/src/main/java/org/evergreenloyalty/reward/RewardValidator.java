package org.evergreenloyalty.reward;

import java.math.BigDecimal;

/**
 * Checks a catalogue entry before it is stored: a name, a kind, a cost that is not negative, an amount above zero, a
 * percent of 1-100, a free product the store sells, a minimum order and limit that are not negative, a validity of
 * 1-3650 days. The first fault is a {@link RewardException} naming its form field; nothing is saved then.
 */
public class RewardValidator {

    static final int MAX_NAME = 120;
    static final int MAX_VALID_DAYS = 3650;

    private final RewardOfferGateway gateway;

    public RewardValidator(RewardOfferGateway gateway) {
        this.gateway = gateway;
    }

    /** Refuses the first fault of {@code in}. */
    public void check(RewardInput in) {
        String name = in.getName() == null ? "" : in.getName().trim();
        require(!name.isEmpty(), "name", "evergreen.reward.admin.error.name", "Enter a name.");
        require(name.length() <= MAX_NAME, "name", "evergreen.reward.admin.error.nameLength",
                "The name is longer than " + MAX_NAME + " characters.", MAX_NAME);
        require(in.getKind() != null, "kind", "evergreen.reward.admin.error.kind", "Choose what the reward gives.");
        require(in.getPointsCost() >= 0, "pointsCost", "evergreen.reward.admin.error.cost", "The points cost must not be negative.");
        if (in.getKind() == RewardKind.AMOUNT_OFF) {
            require(positive(in.getValue()), "value", "evergreen.reward.admin.error.amount", "Enter an amount above zero.");
        }
        if (in.getKind() == RewardKind.PERCENT_OFF) {
            require(positive(in.getValue()) && in.getValue().compareTo(BigDecimal.valueOf(100)) <= 0, "value",
                    "evergreen.reward.admin.error.percent", "Enter a percent from 1 to 100.");
        }
        if (in.getKind() == RewardKind.FREE_PRODUCT) {
            require(in.getProductId() != null && in.getProductId() > 0 && gateway.productExists(in.getProductId()), "productId",
                    "evergreen.reward.admin.error.product", "Enter the id of a product the store sells.");
        }
        require(in.getMinimumSubtotal() == null || in.getMinimumSubtotal().signum() >= 0, "minimumSubtotal",
                "evergreen.reward.admin.error.minimum", "The minimum order must not be negative.");
        require(in.getPerCustomerLimit() >= 0, "perCustomerLimit", "evergreen.reward.admin.error.limit",
                "The limit per customer must not be negative (0 means no limit).");
        require(in.getValidDays() >= 1 && in.getValidDays() <= MAX_VALID_DAYS, "validDays", "evergreen.reward.admin.error.validDays",
                "A claimed reward stays valid for 1 to " + MAX_VALID_DAYS + " days.", MAX_VALID_DAYS);
    }

    private static boolean positive(BigDecimal v) {
        return v != null && v.signum() > 0;
    }

    private static void require(boolean ok, String field, String key, String message, Object... args) {
        if (!ok) {
            throw new RewardException(field, key, message, args);
        }
    }
}
