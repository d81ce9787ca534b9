package org.evergreenloyalty.web;

import java.math.BigDecimal;

/**
 * The read side of the module's storefront (bean {@code evgStorefrontLoyalty}): the view models of the
 * account page, the cart widget and the header badge, and the points a price earns. Shared by the
 * controllers, the Thymeleaf processors and the {@code #evergreen} expression object.
 */
public interface StorefrontLoyalty {

    /** The badge of {@code customerId} (null: anonymous, the badge shows nothing). */
    ShopperPoints points(Long customerId);

    /**
     * The account page of {@code customerId} showing history page {@code pageInput} (the raw request
     * parameter, 1-based; bad values show the nearest page).
     */
    LoyaltyAccountPage accountPage(long customerId, String pageInput, MoneyFormat money);

    /** The redemption widget of {@code customerId} on cart {@code cartId}; hidden when either is null. */
    RedeemWidget redeemWidget(Long customerId, Long cartId, MoneyFormat money);

    /** Points {@code price} earns for {@code customerId} (tier multiplier applied when not null), rounded down. */
    long pointsFor(BigDecimal price, Long customerId);

    /**
     * Points one unit of a product at {@code price} earns for {@code customerId}: 0 when the product or its
     * category is excluded from earning.
     */
    long pointsForProduct(BigDecimal price, Long productId, Long categoryId, Long customerId);
}
