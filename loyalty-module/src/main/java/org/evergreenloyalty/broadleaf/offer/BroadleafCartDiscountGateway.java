package org.evergreenloyalty.broadleaf.offer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.evergreenloyalty.points.CartDiscountGateway;
import org.evergreenloyalty.points.RedemptionException;
import org.evergreenloyalty.support.Clock;

/** {@link CartDiscountGateway} on Broadleaf orders and offer codes. */
public class BroadleafCartDiscountGateway implements CartDiscountGateway {

    private final OrderService orderService;
    private final CustomerOfferFactory offers;
    private final Clock clock;

    public BroadleafCartDiscountGateway(OrderService orderService, CustomerOfferFactory offers, Clock clock) {
        this.orderService = orderService;
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public CartView cart(long cartId) {
        Order order = orderService.findOrderById(cartId);
        if (order == null) {
            return null;
        }
        BigDecimal subtotal = order.getSubTotal() == null ? BigDecimal.ZERO : order.getSubTotal().getAmount();
        return new CartView(order.getId(), order.getCustomer() == null ? null : order.getCustomer().getId(), subtotal,
                OrderStatus.IN_PROCESS.equals(order.getStatus()));
    }

    @Override
    public String applyDiscount(long customerId, long cartId, BigDecimal amount, Date validUntil, String name) {
        Date now = clock.now();
        OfferCode code = offers.create(customerId, amount, false, null, new Date(now.getTime() - 60_000L), validUntil, name, "PTS");
        try {
            Order cart = orderService.findOrderById(cartId);
            orderService.addOfferCode(cart, code, true);
        } catch (OfferMaxUseExceededException e) {
            throw new RedemptionException("evergreen.redeem.error.store", "The store refused the points discount: " + e.getMessage());
        } catch (Exception e) {
            throw new RedemptionException("evergreen.redeem.error.store", "The points discount could not be applied: " + e.getMessage());
        }
        return code.getOfferCode();
    }

    @Override
    public void removeDiscount(long cartId, String code) {
        OfferCode oc = offers.find(code);
        if (oc == null) {
            return;
        }
        Order cart = orderService.findOrderById(cartId);
        if (cart != null && OrderStatus.IN_PROCESS.equals(cart.getStatus()) && hasCode(cart, code)) {
            try {
                orderService.removeOfferCode(cart, oc, true);
            } catch (Exception e) {
                throw new IllegalStateException("Could not remove the points discount " + code + " from cart " + cartId, e);
            }
        }
        offers.retire(code, clock.now());
    }

    @Override
    public List<String> codesOn(long cartId) {
        Order cart = orderService.findOrderById(cartId);
        List<String> codes = new ArrayList<String>();
        if (cart != null) {
            for (OfferCode oc : cart.getAddedOfferCodes()) {
                codes.add(oc.getOfferCode());
            }
        }
        return codes;
    }

    @Override
    public boolean cartHasCode(long cartId, String code) {
        Order cart = orderService.findOrderById(cartId);
        return cart != null && hasCode(cart, code);
    }

    @Override
    public String createVoucher(long customerId, BigDecimal amount, Date validUntil, String name) {
        Date now = clock.now();
        return offers.create(customerId, amount, false, null, new Date(now.getTime() - 60_000L), validUntil, name, "VCH")
                .getOfferCode();
    }

    private static boolean hasCode(Order cart, String code) {
        for (OfferCode oc : cart.getAddedOfferCodes()) {
            if (code.equalsIgnoreCase(oc.getOfferCode())) {
                return true;
            }
        }
        return false;
    }
}
