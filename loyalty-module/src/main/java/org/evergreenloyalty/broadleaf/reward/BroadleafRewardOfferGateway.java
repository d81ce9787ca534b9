package org.evergreenloyalty.broadleaf.reward;

import java.util.Date;

import org.broadleafcommerce.common.persistence.Status;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.evergreenloyalty.broadleaf.offer.CustomerOfferFactory;
import org.evergreenloyalty.reward.Reward;
import org.evergreenloyalty.reward.RewardOfferGateway;

/**
 * The rewards catalogue's offers as native Broadleaf 3.1 promotions ({@link CustomerOfferFactory}): amount and percent
 * off are ORDER offers, free shipping a FULFILLMENT_GROUP offer (100% off the shipping), a free product an ORDER_ITEM
 * offer on one unit of the product; each bound to the customer by its match rule, with the entry's minimum subtotal,
 * delivered by a single-use code ({@code RWD-...}).
 */
public class BroadleafRewardOfferGateway implements RewardOfferGateway {

    static final String PREFIX = "RWD";
    /**
     * Broadleaf reads offers against the current time rounded down (the offer DAO's date resolution, 10 s by default):
     * a code starts a minute early so it works at once, and a retired code ends a minute early so it stops at once.
     */
    static final long SLACK = 60_000L;

    private final CustomerOfferFactory offers;
    private final CatalogService catalog;

    public BroadleafRewardOfferGateway(CustomerOfferFactory offers, CatalogService catalog) {
        this.offers = offers;
        this.catalog = catalog;
    }

    @Override
    public String createCode(long customerId, Reward reward, Date claimedAt, Date validUntil) {
        String name = reward.getName();
        Date validFrom = new Date(claimedAt.getTime() - SLACK);
        switch (reward.getKind()) {
            case FREE_SHIPPING:
                return offers.createFreeShipping(customerId, reward.getMinimumSubtotal(), validFrom, validUntil, name, PREFIX)
                        .getOfferCode();
            case FREE_PRODUCT:
                return offers.createFreeProduct(customerId, reward.getProductId(), reward.getMinimumSubtotal(), validFrom,
                        validUntil, name, PREFIX).getOfferCode();
            default:
                return offers.create(customerId, reward.getValue(), reward.getKind() == org.evergreenloyalty.reward.RewardKind.PERCENT_OFF,
                        reward.getMinimumSubtotal(), validFrom, validUntil, name, PREFIX).getOfferCode();
        }
    }

    @Override
    public void retire(String code, Date now) {
        offers.retire(code, new Date(now.getTime() - SLACK));
    }

    @Override
    public boolean productExists(long productId) {
        Product p = catalog.findProductById(productId);
        return p != null && !(p instanceof Status && Character.valueOf('Y').equals(((Status) p).getArchived()));
    }
}
