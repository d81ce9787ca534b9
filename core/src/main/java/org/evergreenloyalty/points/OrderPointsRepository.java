package org.evergreenloyalty.points;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Queries on what orders earned ({@link OrderPoints}), for the screens: when each order's pending points
 * become available.
 */
public class OrderPointsRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The date each of {@code orderIds}' points become (or became) available; orders without points are left out. */
    public Map<Long, Date> maturityDates(Collection<Long> orderIds) {
        Map<Long, Date> dates = new HashMap<Long, Date>();
        if (orderIds.isEmpty()) {
            return dates;
        }
        for (OrderPoints o : em.createQuery("select o from OrderPoints o where o.orderId in :ids", OrderPoints.class)
                .setParameter("ids", orderIds).getResultList()) {
            dates.put(o.getOrderId(), o.getMatureAt());
        }
        return dates;
    }
}
