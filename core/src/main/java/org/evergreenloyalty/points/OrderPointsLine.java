package org.evergreenloyalty.points;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import org.hibernate.annotations.Index;

/** One line of an order with points, as bought (quantity and amount after discounts) and how much came back. */
@Entity
@Table(name = "EVG_ORDER_POINTS_LINE")
@org.hibernate.annotations.Table(appliesTo = "EVG_ORDER_POINTS_LINE", indexes =
        @Index(name = "EVG_ORDER_POINTS_LINE_ORDER_IDX", columnNames = {"ORDER_ID"}))
public class OrderPointsLine {

    @Id
    @Column(name = "ORDER_ITEM_ID")
    private Long orderItemId;
    @Column(name = "ORDER_ID", nullable = false)
    private Long orderId;
    @Column(name = "PRODUCT_ID")
    private Long productId;
    @Column(name = "NAME", length = 255)
    private String name;
    @Column(name = "QUANTITY", nullable = false)
    private int quantity;
    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 5)
    private BigDecimal amount;
    @Column(name = "EARNS", nullable = false)
    private boolean earns;
    @Column(name = "RETURNED_QUANTITY", nullable = false)
    private int returnedQuantity;

    protected OrderPointsLine() {
    }

    public OrderPointsLine(long orderItemId, long orderId, Long productId, String name, int quantity, BigDecimal amount,
                           boolean earns) {
        this.orderItemId = orderItemId;
        this.orderId = orderId;
        this.productId = productId;
        this.name = name;
        this.quantity = quantity;
        this.amount = amount;
        this.earns = earns;
    }

    void addReturned(int qty) {
        returnedQuantity += qty;
    }

    public Long getOrderItemId() { return orderItemId; }
    public Long getOrderId() { return orderId; }
    public Long getProductId() { return productId; }
    public String getName() { return name; }
    public int getQuantity() { return quantity; }
    /** What the whole line cost after discounts. */
    public BigDecimal getAmount() { return amount; }
    /** Whether the line counted towards the earn base (not excluded). */
    public boolean isEarns() { return earns; }
    public int getReturnedQuantity() { return returnedQuantity; }
    /** Units that can still be returned. */
    public int getReturnableQuantity() { return quantity - returnedQuantity; }
}
