package org.evergreenloyalty.integrity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The integrity check's view of the store's placed orders and the money their module discounts took off
 * (implemented by the Broadleaf adapter from the order adjustments and their offers' codes). Placed means
 * submitted, also when cancelled later: a cancelled order keeps its discount and its REDEEM entry.
 */
public interface OrderDiscountGateway {

    /** Code prefix of a cart's points discount. */
    String POINTS_PREFIX = "PTS-";
    /** Code prefix of a voucher bought with points. */
    String VOUCHER_PREFIX = "VCH-";
    /** Code prefix of a reward claimed from the catalogue. */
    String REWARD_PREFIX = "RWD-";

    /**
     * The next at most {@code maxOrders} placed orders after {@code afterOrderId} (by id) that carry a module
     * discount, with each discount: one {@link OrderDiscount} per order and code, ordered by order id.
     */
    List<OrderDiscount> discountedOrders(long afterOrderId, int maxOrders);

    /**
     * Of {@code orderIds}, the orders that exist, each with its points discount (PTS codes only; zero when it
     * carries none) and whether it was placed. Ids of missing orders are absent from the map.
     */
    Map<Long, OrderDiscount> pointsDiscounts(Collection<Long> orderIds);
}
