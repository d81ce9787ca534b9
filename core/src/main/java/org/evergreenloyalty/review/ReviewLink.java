package org.evergreenloyalty.review;

import java.util.Date;

/**
 * What a verified link stands for: the customer and order it was issued for, the product (0 for a
 * satisfaction link), and when it stops working.
 */
public final class ReviewLink {

    private final long customerId;
    private final long orderId;
    private final long productId;
    private final Date expiresAt;

    public ReviewLink(long customerId, long orderId, long productId, Date expiresAt) {
        this.customerId = customerId;
        this.orderId = orderId;
        this.productId = productId;
        this.expiresAt = new Date(expiresAt.getTime());
    }

    public long getCustomerId() { return customerId; }
    public long getOrderId() { return orderId; }
    /** The product to review; 0 for a satisfaction link. */
    public long getProductId() { return productId; }
    public Date getExpiresAt() { return new Date(expiresAt.getTime()); }
}
