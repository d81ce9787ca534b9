package org.evergreenloyalty.points;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.order.CompletedOrder;

/**
 * Charges a placed order for the points discounts it actually carries, inside the order-processing
 * transaction. Every points code that discounted the order costs its reservation's points in one REDEEM
 * entry ({@code redeem:order:<id>}), even when the reservation was released meanwhile (a checkout
 * interrupted by a crash and booked later by the recovery sweep): the discount was given, so the points are
 * taken, if need be below zero. A points voucher is marked used by the order; a voucher used a second time
 * costs its points again. The cart's own reservation whose code did not discount the order is released.
 */
class OrderRedemptionBooking {

    private final RedemptionRepository repository;
    private final LedgerService ledger;
    private final CartDiscountGateway gateway;

    OrderRedemptionBooking(RedemptionRepository repository, LedgerService ledger, CartDiscountGateway gateway) {
        this.repository = repository;
        this.ledger = ledger;
        this.gateway = gateway;
    }

    /** Books the order's points discounts; returns the points its reservations cost. */
    long book(CompletedOrder order) {
        return book(order, repository.activeFor(order.getOrderId()));
    }

    /**
     * Books the points discounts of a batch of orders, their carts' active reservations found in one query; returns
     * the points each order's reservations cost, by order id.
     */
    Map<Long, Long> bookAll(List<CompletedOrder> orders) {
        List<Long> ids = new ArrayList<Long>();
        orders.forEach(o -> ids.add(o.getOrderId()));
        Map<Long, PointsReservation> active = repository.activeForCarts(ids);
        Map<Long, Long> points = new HashMap<Long, Long>();
        orders.forEach(o -> points.put(o.getOrderId(), book(o, active.get(o.getOrderId()))));
        return points;
    }

    /** Books the order's points discounts, {@code own} its cart's active reservation (or null). */
    private long book(CompletedOrder order, PointsReservation own) {
        long orderId = order.getOrderId();
        List<PointsReservation> used = new ArrayList<PointsReservation>();
        long points = 0;
        for (PointsReservation r : repository.reservationsWithCodes(order.getAppliedCodes())) {
            repository.relock(r);
            if (r.getStatus() == ReservationStatus.CONSUMED && r.getCartId() == orderId) {
                continue; // booked already by an earlier delivery of this order
            }
            used.add(r);
            points += r.getPoints();
        }
        if (own != null && !used.contains(own)) {
            own.release("discount not on the placed order");
            repository.flush();
            if (own.getOfferCode() != null) {
                gateway.removeDiscount(orderId, own.getOfferCode());
            }
        }
        if (points > 0) {
            ledger.post(Posting.builder(order.getCustomerId(), EntryType.REDEEM, "redeem:order:" + orderId)
                    .available(-points).allowNegative(true).source("order", orderId)
                    .reason("Points discount on order " + order.getLabel() + (order.isRecovered() ? " (booked after an interrupted checkout)" : ""))
                    .build());
            for (PointsReservation r : used) {
                r.consume();
            }
            repository.flush();
        }
        bookVouchers(order);
        return points;
    }

    private void bookVouchers(CompletedOrder order) {
        long orderId = order.getOrderId();
        Date at = order.getSubmittedAt() == null ? new Date() : order.getSubmittedAt();
        for (PointsVoucher v : repository.vouchersWithCodes(order.getAppliedCodes())) {
            repository.relock(v);
            if (!v.isUsed()) {
                v.markUsed(orderId, at);
            } else if (v.getUsedOrderId() == null || v.getUsedOrderId() != orderId) {
                ledger.post(Posting.builder(order.getCustomerId(), EntryType.REDEEM, "redeem:order:" + orderId + ":voucher:" + v.getId())
                        .available(-v.getPoints()).allowNegative(true).source("voucher", v.getId())
                        .reason("Voucher " + v.getCode() + " used again on order " + order.getLabel()).build());
            }
        }
        repository.flush();
    }
}
