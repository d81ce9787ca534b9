package org.evergreenloyalty.review;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * One line of an order with a review request: the product bought and whether the request e-mail listed it
 * (and when, for the "once per product per customer in N months" cap).
 */
@Entity
@Table(name = "EVG_REVIEW_REQUEST_ITEM")
@org.hibernate.annotations.Table(appliesTo = "EVG_REVIEW_REQUEST_ITEM", indexes = {
        @Index(name = "EVG_REVIEW_ITEM_CUST_PROD_IDX", columnNames = {"CUSTOMER_ID", "PRODUCT_ID"})})
public class ReviewRequestItem {

    @Id
    @Column(name = "ORDER_ITEM_ID")
    private Long orderItemId;

    @Index(name = "EVG_REVIEW_ITEM_ORDER_IDX")
    @Column(name = "ORDER_ID", nullable = false, updatable = false)
    private Long orderId;
    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    private Long customerId;
    @Column(name = "PRODUCT_ID", updatable = false)
    private Long productId;
    @Column(name = "PRODUCT_NAME", length = 255)
    private String productName;
    @Column(name = "QUANTITY", nullable = false)
    private int quantity;
    @Column(name = "REQUESTED", nullable = false)
    private boolean requested;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REQUESTED_AT")
    private Date requestedAt;

    protected ReviewRequestItem() {
    }

    ReviewRequestItem(long orderItemId, long orderId, long customerId, Long productId, String productName, int quantity) {
        this.orderItemId = orderItemId;
        this.orderId = orderId;
        this.customerId = customerId;
        this.productId = productId;
        this.productName = productName == null ? null : (productName.length() > 255 ? productName.substring(0, 255) : productName);
        this.quantity = quantity;
    }

    void requested(Date at) {
        this.requested = true;
        this.requestedAt = new Date(at.getTime());
    }

    public Long getOrderItemId() { return orderItemId; }
    public Long getOrderId() { return orderId; }
    public Long getCustomerId() { return customerId; }
    public Long getProductId() { return productId; }
    public String getProductName() { return productName; }
    public int getQuantity() { return quantity; }
    /** Whether the request e-mail listed this line's product. */
    public boolean isRequested() { return requested; }
    public Date getRequestedAt() { return requestedAt == null ? null : new Date(requestedAt.getTime()); }
}
