package org.evergreenloyalty.broadleaf.web;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.Order;
import org.evergreenloyalty.broadleaf.checkout.BroadleafOrderTranslator;
import org.evergreenloyalty.campaign.Campaign;
import org.evergreenloyalty.campaign.CampaignService;
import org.evergreenloyalty.campaign.EarnPreview;
import org.evergreenloyalty.milestone.BadgeProgress;
import org.evergreenloyalty.milestone.ChallengeProgress;
import org.evergreenloyalty.milestone.MilestoneService;
import org.evergreenloyalty.points.ExtraEarn;
import org.evergreenloyalty.web.CurrentShopper;
import org.evergreenloyalty.web.ShopperPoints;
import org.evergreenloyalty.web.StorefrontLoyalty;

/**
 * The {@code #evergreen} expression object of storefront templates (merged into {@code blVariableExpressions}):
 * <pre>
 *   ${#evergreen.signedIn()}                     is a customer signed in
 *   ${#evergreen.balance()}                      their available points (null when anonymous)
 *   ${#evergreen.points()}                       available and pending points ({@link ShopperPoints})
 *   ${#evergreen.pointsFor(sku.price)}           points a price earns (Money or number; tier multiplier when signed in)
 *   ${#evergreen.pointsForProduct(product)}      points one unit of a product earns (0 when excluded from earning)
 *   ${#evergreen.earnPreview(product)}           the same with the best running campaign ({@link EarnPreview}:
 *                                                points, ordinaryPoints, boosted, multiplier, campaignName, lastDayDate)
 *   ${#evergreen.campaigns()}                    the campaigns running now that the shopper can earn from
 *   ${#evergreen.badges()}                       the signed-in customer's milestones (BadgeProgress), reached first
 *   ${#evergreen.challenges()}                   the running challenges with the signed-in customer's progress
 *   ${#evergreen.cartBonus(cart)}                the extra points each running campaign gives this cart (name, points)
 * </pre>
 * A failure of the points engine never breaks the page: it is logged and the methods answer "nothing".
 */
public class EvergreenVariableExpression implements BroadleafVariableExpression {

    private static final Log LOG = LogFactory.getLog(EvergreenVariableExpression.class);

    private final StorefrontLoyalty loyalty;
    private final CurrentShopper shopper;
    private CampaignService campaigns;
    private BroadleafOrderTranslator translator;
    private MilestoneService milestones;

    public EvergreenVariableExpression(StorefrontLoyalty loyalty, CurrentShopper shopper) {
        this.loyalty = loyalty;
        this.shopper = shopper;
    }

    /** The milestones and challenges (optional: without them no badge is shown). */
    public void setMilestones(MilestoneService milestones) {
        this.milestones = milestones;
    }

    /** The signed-in customer's switched-on milestones, reached first; empty for an anonymous shopper or on failure. */
    public List<BadgeProgress> badges() {
        Long customerId = shopper.customerId();
        if (milestones == null || customerId == null) {
            return java.util.Collections.emptyList();
        }
        try {
            return milestones.badges(customerId);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the badges of customer " + customerId, e);
            return java.util.Collections.emptyList();
        }
    }

    /** The challenges running today with the signed-in customer's progress; empty for an anonymous shopper or on failure. */
    public List<ChallengeProgress> challenges() {
        Long customerId = shopper.customerId();
        if (milestones == null || customerId == null) {
            return java.util.Collections.emptyList();
        }
        try {
            return milestones.runningChallenges(customerId);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the challenges of customer " + customerId, e);
            return java.util.Collections.emptyList();
        }
    }

    /** The campaigns (optional: without them no campaign is shown). */
    public void setCampaigns(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /** Turns a cart into the engine's order view (for {@link #cartBonus}). */
    public void setTranslator(BroadleafOrderTranslator translator) {
        this.translator = translator;
    }

    @Override
    public String getName() {
        return "evergreen";
    }

    /** Whether a registered customer is signed in. */
    public boolean signedIn() {
        return shopper.customerId() != null;
    }

    /** The signed-in customer's available points, or null for an anonymous shopper. */
    public Long balance() {
        ShopperPoints p = points();
        return p.isSignedIn() ? p.getAvailable() : null;
    }

    /** The signed-in customer's points (an anonymous shopper's are "not signed in", all zero). */
    public ShopperPoints points() {
        try {
            return loyalty.points(shopper.customerId());
        } catch (RuntimeException e) {
            LOG.warn("Could not read the shopper's points", e);
            return ShopperPoints.anonymous();
        }
    }

    /** Points {@code price} earns (a Money, a number or a numeric text), with the signed-in customer's tier multiplier. */
    public long pointsFor(Object price) {
        BigDecimal amount = amount(price);
        if (amount == null) {
            return 0;
        }
        try {
            return loyalty.pointsFor(amount, shopper.customerId());
        } catch (RuntimeException e) {
            LOG.warn("Could not work out the points of " + price, e);
            return 0;
        }
    }

    /** Points one unit of {@code product} earns at its current price; 0 when it or its category earns nothing. */
    public long pointsForProduct(Product product) {
        if (product == null || product.getDefaultSku() == null) {
            return 0;
        }
        Sku sku = product.getDefaultSku();
        BigDecimal amount = amount(sku.getPrice());
        if (amount == null) {
            return 0;
        }
        try {
            Long categoryId = product.getDefaultCategory() == null ? null : product.getDefaultCategory().getId();
            return loyalty.pointsForProduct(amount, product.getId(), categoryId, shopper.customerId());
        } catch (RuntimeException e) {
            LOG.warn("Could not work out the points of product " + product.getId(), e);
            return 0;
        }
    }

    /** The amount of a Money, number or numeric text; null for anything else. */
    static BigDecimal amount(Object price) {
        if (price instanceof Money) {
            return ((Money) price).getAmount();
        }
        if (price instanceof BigDecimal) {
            return (BigDecimal) price;
        }
        if (price instanceof Number) {
            return new BigDecimal(price.toString());
        }
        if (price instanceof String) {
            try {
                return new BigDecimal(((String) price).trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * What one unit of {@code product} earns now, with the best running multiplier campaign that covers it and the
     * shopper's tier; "nothing" (0 points) when it earns nothing or the engine fails.
     */
    public EarnPreview earnPreview(Product product) {
        if (product == null || product.getDefaultSku() == null || campaigns == null) {
            long p = pointsForProduct(product);
            return new EarnPreview(p, p, null);
        }
        BigDecimal amount = amount(product.getDefaultSku().getPrice());
        try {
            Long categoryId = product.getDefaultCategory() == null ? null : product.getDefaultCategory().getId();
            return campaigns.preview(product.getId(), categoryId, amount, shopper.customerId());
        } catch (RuntimeException e) {
            LOG.warn("Could not work out the campaign points of product " + product.getId(), e);
            return new EarnPreview(0, 0, null);
        }
    }

    /** The campaigns running now that the shopper (signed in or not) can earn from; empty on failure. */
    public List<Campaign> campaigns() {
        if (campaigns == null) {
            return Collections.emptyList();
        }
        try {
            return campaigns.runningFor(shopper.customerId(), null);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the running campaigns", e);
            return Collections.emptyList();
        }
    }

    /** The extra points each running campaign gives {@code cart} if placed now; empty for an empty cart or on failure. */
    public List<ExtraEarn> cartBonus(Order cart) {
        if (campaigns == null || translator == null || cart == null || cart.getId() == null || cart.getCustomer() == null
                || cart.getOrderItems() == null || cart.getOrderItems().isEmpty()) {
            return Collections.emptyList();
        }
        try {
            return campaigns.cartExtras(translator.translate(cart));
        } catch (RuntimeException e) {
            LOG.warn("Could not work out the campaign points of cart " + cart.getId(), e);
            return Collections.emptyList();
        }
    }
}
