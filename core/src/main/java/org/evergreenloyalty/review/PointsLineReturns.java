package org.evergreenloyalty.review;

import org.evergreenloyalty.points.OrderPointsRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ReturnedItems} from the points engine's order lines ({@code EVG_ORDER_POINTS_LINE}), where the admin's
 * "return items" records returned units. A line the points engine does not know counts as not returned.
 */
public class PointsLineReturns implements ReturnedItems {

    private final TransactionTemplate tx;
    private final OrderPointsRepository lines;

    public PointsLineReturns(PlatformTransactionManager txm, OrderPointsRepository lines) {
        this.tx = new TransactionTemplate(txm);
        this.lines = lines;
    }

    @Override
    public boolean fullyReturned(final long orderItemId) {
        return tx.execute(status -> lines.fullyReturned(orderItemId));
    }
}
