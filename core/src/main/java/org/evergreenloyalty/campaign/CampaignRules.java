package org.evergreenloyalty.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How running campaigns combine on one order — THE combination rule:
 * <ol>
 * <li>A campaign counts for an order only if the buyer's tier is among its tiers (or it names none) and the
 * order's items after discounts reach its minimum amount (if any).</li>
 * <li><b>Multipliers do not stack: per line the highest multiplier applies.</b> Each line's ordinary points
 * (amount × the line's rate × the tier multiplier) are multiplied by the highest multiplier among the counting
 * MULTIPLY campaigns that cover the line; the extra (multiplier − 1 times the ordinary points) is credited to that
 * campaign (on a tie, the one with the lowest id). A line gets at most one multiplier, so nothing is counted twice.</li>
 * <li><b>Fixed additions add up:</b> every counting ADD campaign that covers at least one line adds its points
 * once per order.</li>
 * <li>Each campaign's extra is rounded down on its own, after adding up its lines.</li>
 * </ol>
 * So an order never earns less with campaigns than without, and removing a campaign that wins no line changes
 * nothing. Pure: no database, no clock (the caller passes only the campaigns running when the order was placed).
 */
public final class CampaignRules {

    private CampaignRules() {
    }

    /** An earning order line as the rule sees it: product, category, amount after discounts, points per 1.00. */
    public static final class Line {
        final Long productId;
        final Long categoryId;
        final BigDecimal amount;
        final BigDecimal rate;

        public Line(Long productId, Long categoryId, BigDecimal amount, BigDecimal rate) {
            this.productId = productId;
            this.categoryId = categoryId;
            this.amount = amount;
            this.rate = rate;
        }
    }

    /**
     * The extra points each campaign of {@code running} grants on an order of {@code lines} (the earning lines)
     * for a buyer of tier {@code tierId} (null: none); campaign id to points, only positive ones, by campaign id.
     */
    public static Map<Long, Long> extras(List<Line> lines, BigDecimal tierMultiplier, Long tierId, Collection<Campaign> running) {
        BigDecimal orderAmount = BigDecimal.ZERO;
        for (Line l : lines) {
            orderAmount = orderAmount.add(l.amount);
        }
        List<Campaign> counting = new ArrayList<Campaign>();
        for (Campaign c : running) {
            if (counts(c, tierId, orderAmount)) {
                counting.add(c);
            }
        }
        BigDecimal tm = tierMultiplier == null ? BigDecimal.ONE : tierMultiplier;
        Map<Long, BigDecimal> exact = new TreeMap<Long, BigDecimal>();
        Map<Long, Long> fixed = new TreeMap<Long, Long>();
        for (Line l : lines) {
            Campaign best = bestMultiplier(l.productId, l.categoryId, counting);
            if (best != null && l.amount.signum() > 0) {
                BigDecimal extra = l.amount.multiply(l.rate).multiply(tm).multiply(best.getMultiplier().subtract(BigDecimal.ONE));
                BigDecimal sum = exact.get(best.getId());
                exact.put(best.getId(), sum == null ? extra : sum.add(extra));
            }
            for (Campaign c : counting) {
                if (c.getKind() == CampaignKind.ADD && covers(c, l.productId, l.categoryId) && c.getBonusPoints() > 0) {
                    fixed.put(c.getId(), c.getBonusPoints());
                }
            }
        }
        Map<Long, Long> out = new TreeMap<Long, Long>();
        for (Map.Entry<Long, BigDecimal> e : exact.entrySet()) {
            long p = e.getValue().setScale(0, RoundingMode.DOWN).longValue();
            if (p > 0) {
                out.put(e.getKey(), p);
            }
        }
        out.putAll(fixed);
        return new LinkedHashMap<Long, Long>(out);
    }

    /** Whether campaign {@code c} counts for a buyer of tier {@code tierId} and an order of {@code orderAmount}. */
    public static boolean counts(Campaign c, Long tierId, BigDecimal orderAmount) {
        if (!c.tierIdSet().isEmpty() && (tierId == null || !c.tierIdSet().contains(tierId))) {
            return false;
        }
        return c.getMinOrderAmount() == null || (orderAmount != null && orderAmount.compareTo(c.getMinOrderAmount()) >= 0);
    }

    /** Whether {@code c} covers a line of {@code productId} in {@code categoryId}. */
    public static boolean covers(Campaign c, Long productId, Long categoryId) {
        if (c.coversEverything()) {
            return true;
        }
        return (productId != null && c.productIdSet().contains(productId))
                || (categoryId != null && c.categoryIdSet().contains(categoryId));
    }

    /** The MULTIPLY campaign of {@code campaigns} that wins a line of the product: highest multiplier, then lowest id. */
    public static Campaign bestMultiplier(Long productId, Long categoryId, Collection<Campaign> campaigns) {
        Campaign best = null;
        for (Campaign c : campaigns) {
            if (c.getKind() != CampaignKind.MULTIPLY || c.getMultiplier() == null
                    || c.getMultiplier().compareTo(BigDecimal.ONE) <= 0 || !covers(c, productId, categoryId)) {
                continue;
            }
            int cmp = best == null ? 1 : c.getMultiplier().compareTo(best.getMultiplier());
            if (cmp > 0 || (cmp == 0 && c.getId() != null && best.getId() != null && c.getId() < best.getId())) {
                best = c;
            }
        }
        return best;
    }
}
