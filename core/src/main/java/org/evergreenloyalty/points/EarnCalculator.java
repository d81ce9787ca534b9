package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.evergreenloyalty.order.CompletedOrder;

/**
 * Works out what an order earns: the item subtotal after every discount (points paid nothing, since the
 * points discount is one of those discounts), without excluded products or categories, plus shipping and
 * tax if the store says so, times the points per currency unit and the tier multiplier, rounded down. With
 * {@link EarnRules} a line earns at its own rate (a standing product or category rate); shipping and tax at the
 * store's rate.
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

    /** Points for {@code weighted} (an amount already times its rate) and {@code multiplier}, rounded down. */
    public long points(BigDecimal weighted, BigDecimal multiplier) {
        BigDecimal m = multiplier == null ? BigDecimal.ONE : multiplier;
        return weighted.max(BigDecimal.ZERO).multiply(m).setScale(0, RoundingMode.DOWN).longValue();
    }

    /**
     * Points of {@code order} at each line's rate from {@code rules} (the store's rate when null) times
     * {@code multiplier}, rounded down once: the same as {@link #points(BigDecimal, PointsSettings, BigDecimal)}
     * of the {@link #earnBase} when every line has the store's rate.
     */
    public long points(CompletedOrder order, PointsSettings s, BigDecimal multiplier, EarnRules rules) {
        BigDecimal storeRate = s.getPointsPerCurrencyUnit();
        BigDecimal weighted = BigDecimal.ZERO;
        for (CompletedOrder.Line line : order.getLines()) {
            if (earns(line, s)) {
                BigDecimal rate = rules == null ? storeRate : rules.lineRate(line, storeRate);
                weighted = weighted.add(line.getAmount().multiply(rate));
            }
        }
        if (s.isEarnOnShipping() && order.getShipping() != null) {
            weighted = weighted.add(order.getShipping().multiply(storeRate));
        }
        if (s.isEarnOnTax() && order.getTax() != null) {
            weighted = weighted.add(order.getTax().multiply(storeRate));
        }
        return points(weighted, multiplier);
    }

    /** The lines of {@code order} that earn. */
    public java.util.List<CompletedOrder.Line> earningLines(CompletedOrder order, PointsSettings s) {
        java.util.List<CompletedOrder.Line> out = new java.util.ArrayList<CompletedOrder.Line>();
        for (CompletedOrder.Line line : order.getLines()) {
            if (earns(line, s)) {
                out.add(line);
            }
        }
        return out;
    }
}
