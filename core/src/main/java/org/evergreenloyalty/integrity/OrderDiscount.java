package org.evergreenloyalty.integrity;

import java.math.BigDecimal;

/** One order's discount by one module code (or its total points discount), as the store recorded it. */
public final class OrderDiscount {

    private final long orderId;
    private final String orderNumber;
    private final Long customerId;
    private final boolean placed;
    private final String code;
    private final BigDecimal amount;

    public OrderDiscount(long orderId, String orderNumber, Long customerId, boolean placed, String code, BigDecimal amount) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.placed = placed;
        this.code = code;
        this.amount = amount == null ? BigDecimal.ZERO : amount.abs();
    }

    public long getOrderId() { return orderId; }
    public String getOrderNumber() { return orderNumber; }
    public Long getCustomerId() { return customerId; }
    /** Submitted (or cancelled after it was submitted), not a cart. */
    public boolean isPlaced() { return placed; }
    /** The offer code (null for a total over several codes). */
    public String getCode() { return code; }
    /** The money the code took off the order (positive; zero when none). */
    public BigDecimal getAmount() { return amount; }

    /** Whether the code is a cart's points discount. */
    public boolean isPointsCode() {
        return code != null && code.toUpperCase(java.util.Locale.ROOT).startsWith(OrderDiscountGateway.POINTS_PREFIX);
    }

    /** Whether the code is a reward claimed from the catalogue. */
    public boolean isRewardCode() {
        return code != null && code.toUpperCase(java.util.Locale.ROOT).startsWith(OrderDiscountGateway.REWARD_PREFIX);
    }

    /** Whether the code is a voucher bought with points. */
    public boolean isVoucherCode() {
        return code != null && code.toUpperCase(java.util.Locale.ROOT).startsWith(OrderDiscountGateway.VOUCHER_PREFIX);
    }
}
