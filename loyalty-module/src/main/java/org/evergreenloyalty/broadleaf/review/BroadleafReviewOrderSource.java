package org.evergreenloyalty.broadleaf.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentGroupItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.FulfillmentGroupStatusType;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.evergreenloyalty.review.OrderSnapshot;
import org.evergreenloyalty.review.ReviewOrderSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ReviewOrderSource} on Broadleaf's orders: CANCELLED status, each fulfillment group's status, and the lines.
 * Broadleaf 3.1 has no return status; a line counts as returned here when the store put its fulfillment group in
 * a status of its own named {@code RETURNED} (returns recorded through the module's admin are checked by the engine).
 */
public class BroadleafReviewOrderSource implements ReviewOrderSource {

    /** The fulfillment group status a store may define for returned shipments. */
    public static final String RETURNED = "RETURNED";

    private final OrderService orderService;
    private final TransactionTemplate tx;

    public BroadleafReviewOrderSource(OrderService orderService, PlatformTransactionManager txm) {
        this.orderService = orderService;
        this.tx = new TransactionTemplate(txm);
        this.tx.setReadOnly(true);
    }

    @Override
    public OrderSnapshot snapshot(final long orderId) {
        return tx.execute(new TransactionCallback<OrderSnapshot>() {
            @Override
            public OrderSnapshot doInTransaction(TransactionStatus status) {
                Order order = orderService.findOrderById(orderId);
                if (order == null) {
                    return null;
                }
                List<String> statuses = new ArrayList<String>();
                Set<Long> returnedItems = new HashSet<Long>();
                for (FulfillmentGroup fg : order.getFulfillmentGroups()) {
                    FulfillmentGroupStatusType st = fg.getStatus();
                    statuses.add(st == null ? null : st.getType());
                    if (st != null && RETURNED.equalsIgnoreCase(st.getType())) {
                        for (FulfillmentGroupItem fgi : fg.getFulfillmentGroupItems()) {
                            if (fgi.getOrderItem() != null) {
                                returnedItems.add(fgi.getOrderItem().getId());
                            }
                        }
                    }
                }
                List<OrderSnapshot.Item> items = new ArrayList<OrderSnapshot.Item>();
                for (OrderItem item : order.getOrderItems()) {
                    Long productId = item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getProduct() != null
                            ? ((DiscreteOrderItem) item).getProduct().getId() : null;
                    items.add(new OrderSnapshot.Item(item.getId(), productId, returnedItems.contains(item.getId())));
                }
                return new OrderSnapshot(orderId, OrderStatus.CANCELLED.equals(order.getStatus()), statuses, items);
            }
        });
    }
}
