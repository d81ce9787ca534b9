package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

import org.evergreenloyalty.order.CompletedOrder;

/**
 * Works out what an order earns: the item subtotal after every discount (points paid nothing, since the
 * points discount is one of those discounts), without excluded products or categories, plus shipping and
 * tax if the store says so, times the points per currency unit and the tier multiplier, rounded down.
 */
public class EarnCalculator {

    /** The amount of money in {@code order} that earns points. */
    public BigDecimal earnBase(CompletedOrder order, PointsSettings s) {
        Set<Long> products = s.excludedProducts();
        Set<Long> categories = s.excludedCategories();
        BigDecimal base = BigDecimal.ZERO;
        for (CompletedOrder.Line line : order.getLines()) {
            boolean excluded = (line.getProductId() != null && products.contains(line.getProductId()))
                    || (line.getCategoryId() != null && categories.contains(line.getCategoryId()));
            if (!excluded) {
                base = base.add(line.getAmount());
            }
        }
        if (s.isEarnOnShipping() && order.getShipping() != null) {
            base = base.add(order.getShipping());
        }
        if (s.isEarnOnTax() && order.getTax() != null) {
            base = base.add(order.getTax());
        }
        return base.max(BigDecimal.ZERO);
    }

    /** Points for {@code base} at the settings' rate and {@code multiplier}, rounded down. */
    public long points(BigDecimal base, PointsSettings s, BigDecimal multiplier) {
        BigDecimal m = multiplier == null ? BigDecimal.ONE : multiplier;
        return base.multiply(s.getPointsPerCurrencyUnit()).multiply(m).setScale(0, RoundingMode.DOWN).longValue();
    }
}
