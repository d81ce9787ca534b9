package org.evergreenloyalty.broadleaf.order;

import java.util.Date;
import java.util.Set;

import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionListener;
import org.evergreenloyalty.order.UsedCodeRecorder;

/**
 * Tells a {@link UsedCodeRecorder} (birthday rewards, points vouchers) which codes a placed order used: each
 * code added to the Broadleaf order whose offer actually adjusted it. A code that was added but did not apply
 * (e.g. below its minimum) does not count, since Broadleaf 3.1 keeps no use count on its offer codes.
 */
public class AppliedOfferCodeListener implements OrderCompletionListener {

    private final OrderService orderService;
    private final OfferService offerService;
    private final UsedCodeRecorder recorder;

    public AppliedOfferCodeListener(OrderService orderService, OfferService offerService, UsedCodeRecorder recorder) {
        this.orderService = orderService;
        this.offerService = offerService;
        this.recorder = recorder;
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
                recorder.codeUsed(code.getOfferCode(), order.getId(), at);
            }
        }
    }
}
