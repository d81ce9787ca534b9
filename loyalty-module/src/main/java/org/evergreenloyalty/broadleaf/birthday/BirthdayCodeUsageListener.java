package org.evergreenloyalty.broadleaf.birthday;

import java.util.Date;
import java.util.Set;

import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.evergreenloyalty.birthday.BirthdayRewardService;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionListener;

/**
 * Marks a birthday reward used when its code discounted a placed order: for each code added to the
 * Broadleaf order whose offer actually adjusted it (a code that did not apply, e.g. below its minimum,
 * does not count).
 */
public class BirthdayCodeUsageListener implements OrderCompletionListener {

    private final OrderService orderService;
    private final OfferService offerService;
    private final BirthdayRewardService rewards;

    public BirthdayCodeUsageListener(OrderService orderService, OfferService offerService, BirthdayRewardService rewards) {
        this.orderService = orderService;
        this.offerService = offerService;
        this.rewards = rewards;
    }

    @Override
    public void orderCompleted(CompletedOrder completed) {
        Order order = orderService.findOrderById(completed.getOrderId());
        if (order == null || order.getAddedOfferCodes() == null || order.getAddedOfferCodes().isEmpty()) {
            return;
        }
        Set<Offer> applied = offerService.getUniqueOffersFromOrder(order);
        Date at = completed.getSubmittedAt() == null ? new Date() : completed.getSubmittedAt();
        for (OfferCode code : order.getAddedOfferCodes()) {
            if (code.getOffer() != null && applied.contains(code.getOffer())) {
                rewards.markUsed(code.getOfferCode(), order.getId(), at);
            }
        }
    }
}
