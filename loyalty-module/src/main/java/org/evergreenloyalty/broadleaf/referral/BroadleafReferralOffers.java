package org.evergreenloyalty.broadleaf.referral;

import java.math.BigDecimal;
import java.util.Date;

import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferAuditService;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.evergreenloyalty.broadleaf.offer.CustomerOfferFactory;
import org.evergreenloyalty.referral.DiscountKind;
import org.evergreenloyalty.referral.ReferralException;
import org.evergreenloyalty.referral.ReferralOffers;
import org.evergreenloyalty.support.Clock;

/**
 * {@link ReferralOffers} with native Broadleaf promotions: an ORDER offer limited to one customer
 * ({@code customer.id == N}) with a single-use code, made by the module's {@link CustomerOfferFactory}.
 */
public class BroadleafReferralOffers implements ReferralOffers {

    private final CustomerOfferFactory factory;
    private final OrderService orderService;
    private final OfferAuditService audits;
    private final Clock clock;

    public BroadleafReferralOffers(CustomerOfferFactory factory, OrderService orderService, OfferAuditService audits, Clock clock) {
        this.factory = factory;
        this.orderService = orderService;
        this.audits = audits;
        this.clock = clock;
    }

    @Override
    public String createCode(long customerId, DiscountKind kind, BigDecimal value, BigDecimal minimumSubtotal,
                             Date validFrom, Date validUntil, String name, String prefix) {
        return factory.create(customerId, value, kind == DiscountKind.PERCENT, minimumSubtotal, validFrom, validUntil, name, prefix)
                .getOfferCode();
    }

    @Override
    public void retire(String code) {
        factory.retire(code, clock.now());
    }

    /** Used = a submitted order recorded it (Broadleaf's offer audit; 3.1 does not count OfferCode uses). */
    @Override
    public boolean isUsed(String code) {
        OfferCode oc = factory.find(code);
        if (oc == null || oc.getId() == null) {
            return false;
        }
        Long uses = audits.countOfferCodeUses(oc.getId());
        return uses != null && uses > 0;
    }

    @Override
    public void applyToCart(long customerId, long cartId, String code) {
        Order cart = orderService.findOrderById(cartId);
        if (cart == null || !OrderStatus.IN_PROCESS.equals(cart.getStatus()) || cart.getCustomer() == null
                || cart.getCustomer().getId() == null || cart.getCustomer().getId() != customerId) {
            throw new ReferralException("evergreen.referral.cart.noCart", "There is no open cart to apply the discount to.");
        }
        OfferCode oc = factory.find(code);
        if (oc == null) {
            throw new ReferralException("evergreen.referral.cart.noDiscount", "The first-order discount no longer exists.");
        }
        try {
            orderService.addOfferCode(cart, oc, true);
        } catch (OfferMaxUseExceededException e) {
            throw new ReferralException("evergreen.referral.cart.used", "The first-order discount has been used already.");
        } catch (Exception e) {
            throw new ReferralException("evergreen.referral.cart.refused", "The store could not apply the discount: " + e.getMessage());
        }
    }

    @Override
    public boolean cartHasCode(long cartId, String code) {
        Order cart = orderService.findOrderById(cartId);
        if (cart == null) {
            return false;
        }
        for (OfferCode oc : cart.getAddedOfferCodes()) {
            if (code.equalsIgnoreCase(oc.getOfferCode())) {
                return true;
            }
        }
        return false;
    }
}
