package org.evergreenloyalty.broadleaf.checkout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.offer.domain.OrderItemAdjustment;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.evergreenloyalty.order.CompletedOrder;

/**
 * Turns a Broadleaf {@link Order} into the engine's {@link CompletedOrder}: item amounts after item
 * discounts, with order-level discounts spread over the lines in proportion to their value.
 */
public class BroadleafOrderTranslator {

    /** The engine's view of {@code order}. */
    public CompletedOrder translate(Order order) {
        return translateWithoutCodes(order).withAppliedCodes(appliedCodes(order));
    }

    /**
     * The engine's view of {@code order} without the codes that discounted it (for a worker that has them from
     * checkout's event already; finding them reads every item's adjustments and price details).
     */
    public CompletedOrder translateWithoutCodes(Order order) {
        BigDecimal subTotal = amount(order.getSubTotal());
        BigDecimal orderDiscount = amount(order.getOrderAdjustmentsValue());
        BigDecimal itemSubtotal = subTotal.subtract(orderDiscount).max(BigDecimal.ZERO);

        List<CompletedOrder.Line> lines = new ArrayList<CompletedOrder.Line>();
        BigDecimal assigned = BigDecimal.ZERO;
        List<OrderItem> items = order.getOrderItems();
        for (int i = 0; i < items.size(); i++) {
            OrderItem item = items.get(i);
            BigDecimal lineTotal = amount(item.getTotalPrice());
            BigDecimal share;
            if (i == items.size() - 1) {
                share = itemSubtotal.subtract(assigned);
            } else if (subTotal.signum() == 0) {
                share = BigDecimal.ZERO;
            } else {
                share = lineTotal.multiply(itemSubtotal).divide(subTotal, 2, RoundingMode.HALF_UP);
            }
            assigned = assigned.add(share);
            Product product = item instanceof DiscreteOrderItem ? ((DiscreteOrderItem) item).getProduct() : null;
            Category category = item.getCategory();
            if (category == null && product != null) {
                category = product.getDefaultCategory();
            }
            lines.add(new CompletedOrder.Line(item.getId(), product == null ? null : product.getId(), item.getName(),
                    category == null ? null : category.getId(), item.getQuantity(), share.max(BigDecimal.ZERO)));
        }
        String email = order.getEmailAddress();
        if (email == null && order.getCustomer() != null) {
            email = order.getCustomer().getEmailAddress();
        }
        return new CompletedOrder(order.getId(), order.getOrderNumber(), order.getCustomer().getId(), email,
                order.getCurrency() == null ? null : order.getCurrency().getCurrencyCode(),
                itemSubtotal, amount(order.getTotalFulfillmentCharges()), amount(order.getTotalTax()),
                amount(order.getTotal()), order.getSubmitDate(), lines);
    }

    /** The codes added to {@code order} whose offer adjusted it (order, item, item price detail or shipping adjustments). */
    public static List<String> appliedCodes(Order order) {
        Set<Long> applied = new HashSet<Long>();
        for (OrderAdjustment a : order.getOrderAdjustments()) {
            if (a.getOffer() != null) {
                applied.add(a.getOffer().getId());
            }
        }
        for (OrderItem item : order.getOrderItems()) {
            for (OrderItemAdjustment a : item.getOrderItemAdjustments()) {
                if (a.getOffer() != null) {
                    applied.add(a.getOffer().getId());
                }
            }
            for (org.broadleafcommerce.core.order.domain.OrderItemPriceDetail d : item.getOrderItemPriceDetails()) {
                for (org.broadleafcommerce.core.offer.domain.OrderItemPriceDetailAdjustment a : d.getOrderItemPriceDetailAdjustments()) {
                    if (a.getOffer() != null) {
                        applied.add(a.getOffer().getId());
                    }
                }
            }
        }
        for (org.broadleafcommerce.core.order.domain.FulfillmentGroup fg : order.getFulfillmentGroups()) {
            for (org.broadleafcommerce.core.offer.domain.FulfillmentGroupAdjustment a : fg.getFulfillmentGroupAdjustments()) {
                if (a.getOffer() != null) {
                    applied.add(a.getOffer().getId());
                }
            }
        }
        List<String> codes = new ArrayList<String>();
        for (OfferCode code : order.getAddedOfferCodes()) {
            if (code.getOffer() != null && applied.contains(code.getOffer().getId())) {
                codes.add(code.getOfferCode());
            }
        }
        return codes;
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.getAmount();
    }
}
