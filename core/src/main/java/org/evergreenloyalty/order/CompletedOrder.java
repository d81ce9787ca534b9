package org.evergreenloyalty.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * A submitted store order as the loyalty engine sees it: plain values only, no platform types,
 * so every feature (points, referrals, reviews) can react to an order without touching Broadleaf.
 */
public final class CompletedOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long orderId;
    private final String orderNumber;
    private final long customerId;
    private final String customerEmail;
    private final String currencyCode;
    private final BigDecimal itemSubtotal;
    private final BigDecimal shipping;
    private final BigDecimal tax;
    private final BigDecimal total;
    private final Date submittedAt;
    private final List<Line> lines;
    private List<String> appliedCodes = Collections.emptyList();
    private boolean recovered;
    private String ipHash;
    private String userAgentHash;

    /** Builds an order value; {@code lines} is copied. */
    public CompletedOrder(long orderId, String orderNumber, long customerId, String customerEmail, String currencyCode,
                          BigDecimal itemSubtotal, BigDecimal shipping, BigDecimal tax, BigDecimal total,
                          Date submittedAt, List<Line> lines) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.customerId = customerId;
        this.customerEmail = customerEmail;
        this.currencyCode = currencyCode;
        this.itemSubtotal = itemSubtotal;
        this.shipping = shipping;
        this.tax = tax;
        this.total = total;
        this.submittedAt = submittedAt == null ? null : new Date(submittedAt.getTime());
        this.lines = Collections.unmodifiableList(new ArrayList<Line>(lines));
    }

    public long getOrderId() { return orderId; }
    public String getOrderNumber() { return orderNumber; }
    /** How people know the order: its number, or its id when it has none. */
    public String getLabel() { return orderNumber != null ? orderNumber : String.valueOf(orderId); }
    public long getCustomerId() { return customerId; }
    public String getCustomerEmail() { return customerEmail; }
    public String getCurrencyCode() { return currencyCode; }
    /** Item subtotal after item and order discounts, without tax and shipping. */
    public BigDecimal getItemSubtotal() { return itemSubtotal; }
    public BigDecimal getShipping() { return shipping; }
    public BigDecimal getTax() { return tax; }
    public BigDecimal getTotal() { return total; }
    public Date getSubmittedAt() { return submittedAt == null ? null : new Date(submittedAt.getTime()); }
    public List<Line> getLines() { return lines; }

    /** The discount codes whose promotions actually discounted the order (a code added but not applied is absent). */
    public List<String> getAppliedCodes() { return appliedCodes; }

    /** True when the recovery sweep delivers the order after an interrupted checkout, not the checkout itself. */
    public boolean isRecovered() { return recovered; }

    /** Keyed hash of the checkout request's IP address (null when unknown, e.g. recovered orders). */
    public String getIpHash() { return ipHash; }

    /** Keyed hash of the checkout request's user agent (null when unknown). */
    public String getUserAgentHash() { return userAgentHash; }

    /** The same order with the keyed hashes of the device that placed it. */
    public CompletedOrder withDevice(String ipHash, String userAgentHash) {
        CompletedOrder copy = copy();
        copy.ipHash = ipHash;
        copy.userAgentHash = userAgentHash;
        return copy;
    }

    /** The same order with the discount codes that applied to it. */
    public CompletedOrder withAppliedCodes(List<String> codes) {
        CompletedOrder copy = copy();
        copy.appliedCodes = Collections.unmodifiableList(new ArrayList<String>(codes));
        return copy;
    }

    /** The same order, marked as delivered by the recovery sweep. */
    public CompletedOrder asRecovered() {
        CompletedOrder copy = copy();
        copy.recovered = true;
        return copy;
    }

    private CompletedOrder copy() {
        CompletedOrder copy = new CompletedOrder(orderId, orderNumber, customerId, customerEmail, currencyCode, itemSubtotal,
                shipping, tax, total, submittedAt, lines);
        copy.appliedCodes = appliedCodes;
        copy.recovered = recovered;
        copy.ipHash = ipHash;
        copy.userAgentHash = userAgentHash;
        return copy;
    }

    /** One order line: a product bought in some quantity, with the amount paid for it after discounts. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long orderItemId;
        private final Long productId;
        private final String productName;
        private final Long categoryId;
        private final int quantity;
        private final BigDecimal amount;

        public Line(long orderItemId, Long productId, String productName, Long categoryId, int quantity, BigDecimal amount) {
            this.orderItemId = orderItemId;
            this.productId = productId;
            this.productName = productName;
            this.categoryId = categoryId;
            this.quantity = quantity;
            this.amount = amount;
        }

        public long getOrderItemId() { return orderItemId; }
        public Long getProductId() { return productId; }
        public String getProductName() { return productName; }
        public Long getCategoryId() { return categoryId; }
        public int getQuantity() { return quantity; }
        /** What the line cost after item and order discounts, without tax. */
        public BigDecimal getAmount() { return amount; }
    }
}
