package org.evergreenloyalty.points;

import java.util.Collection;

/**
 * Which of the module's points codes may discount a cart: a reservation's code only the very cart it was
 * reserved for and only until its order is placed; a voucher's code only its owner's orders, once. Codes the
 * module did not issue are none of its business. Used when a code is typed into a cart and again at checkout,
 * on the codes actually on the order.
 */
public class PointsCodeRules {

    private final RedemptionRepository repository;

    public PointsCodeRules(RedemptionRepository repository) {
        this.repository = repository;
    }

    /**
     * Refuses the first of {@code codes} that may not discount {@code cartId} of {@code customerId}.
     *
     * @return the cart's own reservation among the codes, or null
     * @throws RedemptionException with the shopper-facing reason
     */
    public PointsReservation check(long customerId, long cartId, Collection<String> codes) {
        PointsReservation own = null;
        for (PointsReservation r : repository.reservationsWithCodes(codes)) {
            if (r.getCartId() != cartId || r.getCustomerId() != customerId || r.getStatus() == ReservationStatus.CONSUMED) {
                throw new RedemptionException("evergreen.redeem.error.codeNotForThisCart",
                        "This points discount was made for another cart and cannot be used here. "
                                + "Remove it and apply your points in this cart.");
            }
            own = r;
        }
        for (PointsVoucher v : repository.vouchersWithCodes(codes)) {
            if (v.getCustomerId() != customerId) {
                throw new RedemptionException("evergreen.voucher.error.notYours",
                        "This points voucher belongs to another customer account.");
            }
            if (v.isUsed() && v.getUsedOrderId() != null && v.getUsedOrderId() != cartId) {
                throw new RedemptionException("evergreen.voucher.error.used",
                        "This points voucher has already been used on an order.");
            }
        }
        return own;
    }
}
