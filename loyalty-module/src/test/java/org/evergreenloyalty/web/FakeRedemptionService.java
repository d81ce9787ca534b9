package org.evergreenloyalty.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.points.PointsReservation;
import org.evergreenloyalty.points.PointsVoucher;
import org.evergreenloyalty.points.RedemptionException;
import org.evergreenloyalty.points.RedemptionQuote;

/** A redemption service for controller unit tests: records every call, and refuses with a set exception. */
class FakeRedemptionService implements PointsRedemptionService {

    final List<String> calls = new ArrayList<String>();
    RedemptionException refusal;
    boolean removeFinds = true;

    @Override
    public RedemptionQuote quote(long customerId, long cartId) {
        calls.add("quote " + customerId + " " + cartId);
        return new RedemptionQuote(1000, 1000, 100, 100, 1000, 100, null);
    }

    @Override
    public PointsReservation apply(long customerId, long cartId, final String pointsInput) {
        calls.add("apply " + customerId + " " + cartId + " " + pointsInput);
        if (refusal != null) {
            throw refusal;
        }
        return new PointsReservation() {
            @Override public long getPoints() { return Long.parseLong(pointsInput); }
            @Override public BigDecimal getAmount() { return new BigDecimal(pointsInput).movePointLeft(2); }
        };
    }

    @Override
    public boolean remove(long customerId, long cartId) {
        calls.add("remove " + customerId + " " + cartId);
        if (refusal != null) {
            throw refusal;
        }
        return removeFinds;
    }

    @Override
    public void verifyForCheckout(long customerId, long cartId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void releaseAfterFailedCheckout(long cartId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void checkCode(long customerId, long cartId, String code) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long consumeForOrder(org.evergreenloyalty.order.CompletedOrder order) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int releaseExpired() {
        throw new UnsupportedOperationException();
    }

    @Override
    public PointsVoucher buyVoucher(long customerId, long points) {
        calls.add("buyVoucher " + customerId + " " + points);
        if (refusal != null) {
            throw refusal;
        }
        throw new UnsupportedOperationException("not needed by the unit tests");
    }

    @Override
    public List<PointsVoucher> vouchers(long customerId) {
        return new ArrayList<PointsVoucher>();
    }

    @Override
    public boolean markVoucherUsed(String code, long orderId, java.util.Date at) {
        calls.add("markVoucherUsed " + code);
        return false;
    }
}
