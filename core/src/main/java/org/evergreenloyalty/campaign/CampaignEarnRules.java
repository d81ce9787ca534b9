package org.evergreenloyalty.campaign;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.points.EarnRules;
import org.evergreenloyalty.points.ExtraEarn;
import org.evergreenloyalty.points.LoyaltyTier;

/**
 * Campaigns and standing rates in the booking of an order ({@link org.evergreenloyalty.points.PointsEarningListener}):
 * each line earns at its product's or category's standing rate, and each campaign running when the order was
 * placed grants its extra points (combined by {@link CampaignRules}) as an EARN entry of its own with the event key
 * {@code campaign:<id>:order:<orderId>}, recorded as a {@link CampaignGrant}. The points are part of the order's
 * earned points, so they stay pending, mature and are reversed with the order.
 */
public class CampaignEarnRules implements EarnRules {

    private final DefaultCampaignService campaigns;
    private final CampaignRepository repository;

    public CampaignEarnRules(DefaultCampaignService campaigns, CampaignRepository repository) {
        this.campaigns = campaigns;
        this.repository = repository;
    }

    @Override
    public BigDecimal lineRate(CompletedOrder.Line line, BigDecimal storeRate) {
        return campaigns.rateOf(line.getProductId(), line.getCategoryId(), storeRate);
    }

    @Override
    public List<ExtraEarn> extras(CompletedOrder order, List<CompletedOrder.Line> earningLines, BigDecimal storeRate,
                                  BigDecimal tierMultiplier, LoyaltyTier tier, Date at) {
        return campaigns.extras(order, earningLines, storeRate, tierMultiplier, tier, at);
    }

    @Override
    public void booked(CompletedOrder order, List<ExtraEarn> extras, Date at) {
        for (ExtraEarn e : extras) {
            if (!repository.granted(e.getEventKey())) {
                repository.record(new CampaignGrant(e.getEventKey(), e.getSourceRef(), order.getOrderId(), order.getCustomerId(),
                        e.getPoints(), at));
            }
        }
    }
}
