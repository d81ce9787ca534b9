package org.evergreenloyalty.review;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ReturnedItems} from the points engine's order lines ({@code EVG_ORDER_POINTS_LINE}), where the admin's
 * "return items" records returned units. A line the points engine does not know counts as not returned.
 */
public class PointsLineReturns implements ReturnedItems {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;

    public PointsLineReturns(PlatformTransactionManager txm) {
        this.tx = new TransactionTemplate(txm);
    }

    @Override
    public boolean fullyReturned(final long orderItemId) {
        return tx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                List<Object[]> rows = em.createQuery("select l.quantity, l.returnedQuantity from OrderPointsLine l where l.orderItemId = :id",
                        Object[].class).setParameter("id", orderItemId).getResultList();
                if (rows.isEmpty()) {
                    return false;
                }
                int quantity = ((Number) rows.get(0)[0]).intValue();
                int returned = ((Number) rows.get(0)[1]).intValue();
                return quantity > 0 && returned >= quantity;
            }
        });
    }
}
