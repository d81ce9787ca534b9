package org.evergreenloyalty.points;

import java.math.BigDecimal;

/**
 * One line of an order with points, as bought (quantity and amount after discounts) and how much came back. A row of
 * {@value OrderPointsRepository#LINE_TABLE} ({@code ORDER_ITEM_ID}, {@code ORDER_ID}, {@code PRODUCT_ID}, {@code NAME},
 * {@code QUANTITY}, {@code AMOUNT}, {@code EARNS}, {@code RETURNED_QUANTITY}), read and written with plain SQL (no entity).
 */
public class OrderPointsLine {

    private final Long orderItemId;
    private final Long orderId;
    private final Long productId;
    private final String name;
    private final int quantity;
    private final BigDecimal amount;
    private final boolean earns;
    private final int returnedQuantity;

    public OrderPointsLine(long orderItemId, long orderId, Long productId, String name, int quantity, BigDecimal amount,
                           boolean earns) {
        this(orderItemId, orderId, productId, name, quantity, amount, earns, 0);
    }

    OrderPointsLine(long orderItemId, long orderId, Long productId, String name, int quantity, BigDecimal amount,
                    boolean earns, int returnedQuantity) {
        this.orderItemId = orderItemId;
        this.orderId = orderId;
        this.productId = productId;
        this.name = name;
        this.quantity = quantity;
        this.amount = amount;
        this.earns = earns;
        this.returnedQuantity = returnedQuantity;
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
