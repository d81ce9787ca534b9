package org.evergreenloyalty.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.order.SubmittedOrderSource;
import org.evergreenloyalty.review.OrderSnapshot;
import org.evergreenloyalty.review.ReviewOrderSource;

/**
 * The core suite's placed orders: what a platform adapter's order service would answer to the recovery sweep
 * ({@link SubmittedOrderSource}) and the review engine ({@link ReviewOrderSource}). Tests record orders with
 * {@link #submit}; whether one is processed comes from the engine's own {@link OrderCompletionService}.
 */
public class InMemoryOrders implements SubmittedOrderSource, ReviewOrderSource {

    private final Map<Long, CompletedOrder> orders = new ConcurrentSkipListMap<Long, CompletedOrder>();
    private final Map<Long, List<String>> fulfillment = new ConcurrentSkipListMap<Long, List<String>>();
    private final Map<Long, Boolean> cancelled = new ConcurrentSkipListMap<Long, Boolean>();
    private OrderCompletionService completion;

    public void setCompletionService(OrderCompletionService completion) {
        this.completion = completion;
    }

    /** Records {@code order} as submitted in the store (not yet processed by the engine). */
    public void submit(CompletedOrder order) {
        orders.put(order.getOrderId(), order);
    }

    /** Sets the fulfillment statuses the review engine sees for an order (e.g. "DELIVERED"). */
    public void setFulfillment(long orderId, String... statuses) {
        fulfillment.put(orderId, java.util.Arrays.asList(statuses));
    }

    public void cancel(long orderId) {
        cancelled.put(orderId, Boolean.TRUE);
    }

    @Override
    public List<Long> unprocessed(Date from, Date to, long afterId, int max) {
        List<Long> out = new ArrayList<Long>();
        for (CompletedOrder o : orders.values()) {
            Date at = o.getSubmittedAt();
            if (o.getOrderId() > afterId && !at.before(from) && at.before(to) && !completion.isProcessed(o.getOrderId())
                    && out.size() < max) {
                out.add(o.getOrderId());
            }
        }
        return out;
    }

    @Override
    public CompletedOrder load(long orderId) {
        return cancelled.containsKey(orderId) ? null : orders.get(orderId);
    }

    @Override
    public OrderSnapshot snapshot(long orderId) {
        CompletedOrder o = orders.get(orderId);
        if (o == null) {
            return null;
        }
        List<OrderSnapshot.Item> items = new ArrayList<OrderSnapshot.Item>();
        for (CompletedOrder.Line l : o.getLines()) {
            items.add(new OrderSnapshot.Item(l.getOrderItemId(), l.getProductId(), false));
        }
        List<String> statuses = fulfillment.get(orderId);
        return new OrderSnapshot(orderId, cancelled.containsKey(orderId),
                statuses == null ? Collections.<String>emptyList() : statuses, items);
    }
}
