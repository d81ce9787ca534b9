package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.evergreenloyalty.order.CompletedOrder;

/**
 * Works out what an order earns: the item subtotal after every discount (points paid nothing, since the
 * points discount is one of those discounts), without excluded products or categories, plus shipping and
 * tax if the store says so, times the points per currency unit and the tier multiplier, rounded down.
 */
public class EarnCalculator {

    /** Whether {@code line} counts towards the earn base (its product and category are not excluded). */
    public boolean earns(CompletedOrder.Line line, PointsSettings s) {
        return !((line.getProductId() != null && s.excludedProducts().contains(line.getProductId()))
                || (line.getCategoryId() != null && s.excludedCategories().contains(line.getCategoryId())));
    }

    /** The amount of money in {@code order} that earns points. */
    public BigDecimal earnBase(CompletedOrder order, PointsSettings s) {
        BigDecimal base = BigDecimal.ZERO;
        for (CompletedOrder.Line line : order.getLines()) {
            if (earns(line, s)) {
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
