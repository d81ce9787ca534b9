package org.evergreenloyalty.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An order as the store has it now, for deciding on a review request: cancelled or not, its fulfillment group
 * statuses, and its lines with whether each one was returned. Plain values.
 */
public final class OrderSnapshot {

    private final long orderId;
    private final boolean cancelled;
    private final List<String> fulfillmentStatuses;
    private final List<Item> items;

    public OrderSnapshot(long orderId, boolean cancelled, List<String> fulfillmentStatuses, List<Item> items) {
        this.orderId = orderId;
        this.cancelled = cancelled;
        this.fulfillmentStatuses = Collections.unmodifiableList(new ArrayList<String>(fulfillmentStatuses));
        this.items = Collections.unmodifiableList(new ArrayList<Item>(items));
    }

    public long getOrderId() { return orderId; }
    /** Whether the order is cancelled. */
    public boolean isCancelled() { return cancelled; }
    /** The status of each fulfillment group (null entries for groups without a status). */
    public List<String> getFulfillmentStatuses() { return fulfillmentStatuses; }
    public List<Item> getItems() { return items; }

    /** Whether every fulfillment group is in one of {@code statuses} (false for an order without groups). */
    public boolean fulfilledIn(List<String> statuses) {
        if (fulfillmentStatuses.isEmpty()) {
            return false;
        }
        for (String s : fulfillmentStatuses) {
            if (s == null || !statuses.contains(s)) {
                return false;
            }
        }
        return true;
    }

    /** The line with {@code orderItemId}, or null when the order no longer has it. */
    public Item item(long orderItemId) {
        for (Item i : items) {
            if (i.getOrderItemId() == orderItemId) {
                return i;
            }
        }
        return null;
    }

    /** One order line now. */
    public static final class Item {
        private final long orderItemId;
        private final Long productId;
        private final boolean returned;

        public Item(long orderItemId, Long productId, boolean returned) {
            this.orderItemId = orderItemId;
            this.productId = productId;
            this.returned = returned;
        }

        public long getOrderItemId() { return orderItemId; }
        public Long getProductId() { return productId; }
        /** Whether the store marks the line returned (its fulfillment group RETURNED). */
        public boolean isReturned() { return returned; }
    }
}
