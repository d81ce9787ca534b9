package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import org.evergreenloyalty.order.CompletedOrder;

/**
 * Rules another feature adds to what an order earns (campaigns and standing product or category rates, see
 * {@code org.evergreenloyalty.campaign}): the rate of each order line, and extra points with their own ledger
 * event keys. {@link PointsEarningListener} asks it while booking an order, in the booking's transaction.
 */
public interface EarnRules {

    /** Points per 1.00 of {@code line}; {@code storeRate} when no rule says otherwise. */
    BigDecimal lineRate(CompletedOrder.Line line, BigDecimal storeRate);

    /**
     * The extra points of {@code order} (submitted at {@code at}) for a buyer in tier {@code tier} (null: none)
     * whose ordinary points use {@code tierMultiplier}; only the lines that {@code earns} are passed.
     */
    List<ExtraEarn> extras(CompletedOrder order, List<CompletedOrder.Line> earningLines, BigDecimal storeRate,
                           BigDecimal tierMultiplier, LoyaltyTier tier, Date at);

    /** Records that {@code extras} were posted for {@code order} (same transaction). */
    void booked(CompletedOrder order, List<ExtraEarn> extras, Date at);
}
