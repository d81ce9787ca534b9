package org.evergreenloyalty.points;

import java.util.Date;
import java.util.List;

import org.evergreenloyalty.order.CompletedOrder;

import org.evergreenloyalty.order.UsedCodeRecorder;

/**
 * Spending points: a discount on the cart (reserved when applied, deducted when the order is placed,
 * released when removed, timed out or rolled back) and fixed-step vouchers.
 */
public interface PointsRedemptionService extends UsedCodeRecorder {

    /** What {@code customerId} may redeem on {@code cartId}. */
    RedemptionQuote quote(long customerId, long cartId);

    /**
     * Reserves {@code pointsInput} points (as typed by the shopper) and puts the matching discount on the cart,
     * replacing an earlier points discount of that cart.
     *
     * @throws RedemptionException with a clear reason (not a whole number, negative, below the step, over the
     *         balance or the maximum, someone else's cart, ...); nothing changes then
     */
    PointsReservation apply(long customerId, long cartId, String pointsInput);

    /** Takes the points discount off the cart and releases its points; false if there was none. */
    boolean remove(long customerId, long cartId);

    /**
     * Before payment: every points code on the cart must be this cart's own (a reservation's code) or the
     * customer's unused voucher, and the cart's reservation must be active and covered, re-reserving one
     * released by a failed checkout if possible.
     *
     * @throws RedemptionException with the reason checkout must stop
     */
    void verifyForCheckout(long customerId, long cartId);

    /**
     * Checks a code typed into the cart {@code cartId} of {@code customerId} before the store adds it: a points
     * code made for another cart, already used, or another customer's voucher is refused; any other code passes.
     *
     * @throws RedemptionException with the shopper-facing reason
     */
    void checkCode(long customerId, long cartId, String code);

    /** Releases the cart's reservation after a failed checkout, keeping the code for a retry. */
    void releaseAfterFailedCheckout(long cartId);

    /**
     * Charges the placed order for every points discount it carries (its applied codes), in the caller's
     * order-processing transaction; returns the points its reservations cost (0 without any).
     */
    long consumeForOrder(CompletedOrder order);

    /**
     * {@link #consumeForOrder} for a batch of orders in one transaction; returns the points each order's reservations
     * cost, by order id. By default one order after the other.
     */
    default java.util.Map<Long, Long> consumeForOrders(java.util.List<CompletedOrder> orders) {
        java.util.Map<Long, Long> points = new java.util.HashMap<Long, Long>();
        orders.forEach(o -> points.put(o.getOrderId(), consumeForOrder(o)));
        return points;
    }

    /** Releases every reservation past its timeout and removes its discount; returns how many. */
    int releaseExpired();

    /**
     * Turns {@code points} (one of the voucher steps) into a single-use discount code for the customer.
     *
     * @throws RedemptionException when the step is not offered or the balance is too low
     */
    PointsVoucher buyVoucher(long customerId, long points);

    /** The customer's vouchers, newest first. */
    List<PointsVoucher> vouchers(long customerId);

    /**
     * Records that the voucher with {@code code} discounted the placed order {@code orderId}.
     *
     * @return true if it is a voucher's code that was not marked used before
     */
    boolean markVoucherUsed(String code, long orderId, Date at);

    /** The same as {@link #markVoucherUsed}: a placed order used {@code code}. */
    @Override
    default boolean codeUsed(String code, long orderId, Date at) {
        return markVoucherUsed(code, orderId, at);
    }
}
