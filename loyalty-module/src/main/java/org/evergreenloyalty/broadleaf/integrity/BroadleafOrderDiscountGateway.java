package org.evergreenloyalty.broadleaf.integrity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.integrity.OrderDiscount;
import org.evergreenloyalty.integrity.OrderDiscountGateway;

/**
 * The integrity check's reads of Broadleaf's order tables: an order's module discount is the sum of its order
 * adjustments ({@code BLC_ORDER_ADJUSTMENT}) whose offer carries a module code ({@code BLC_OFFER_CODE}
 * {@code PTS-...} or {@code VCH-...}); placed means {@code ORDER_STATUS} SUBMITTED or CANCELLED. Plain SQL over
 * Broadleaf 3.1's tables, one aggregate per page; runs in the caller's transaction.
 */
public class BroadleafOrderDiscountGateway implements OrderDiscountGateway {

    private static final String PLACED = "o.ORDER_STATUS in ('SUBMITTED', 'CANCELLED')";
    private static final String MODULE_CODE = "(upper(c.OFFER_CODE) like 'PTS-%' or upper(c.OFFER_CODE) like 'VCH-%' "
            + "or upper(c.OFFER_CODE) like 'RWD-%')";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<OrderDiscount> discountedOrders(long afterOrderId, int maxOrders) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select o.ORDER_ID from BLC_ORDER o where o.ORDER_ID > ?1 and " + PLACED
                + " and exists (select 1 from BLC_ORDER_ADJUSTMENT a join BLC_OFFER_CODE c on c.OFFER_ID = a.OFFER_ID"
                + " where a.ORDER_ID = o.ORDER_ID and " + MODULE_CODE + ") order by o.ORDER_ID")
                .setParameter(1, afterOrderId).setMaxResults(maxOrders).getResultList();
        List<OrderDiscount> result = new ArrayList<OrderDiscount>();
        if (ids.isEmpty()) {
            return result;
        }
        long upTo = ids.get(ids.size() - 1).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.ORDER_ID, o.ORDER_NUMBER, o.CUSTOMER_ID, c.OFFER_CODE, "
                + "sum(a.ADJUSTMENT_VALUE) as DISCOUNT from BLC_ORDER o join BLC_ORDER_ADJUSTMENT a on a.ORDER_ID = o.ORDER_ID "
                + "join BLC_OFFER_CODE c on c.OFFER_ID = a.OFFER_ID where o.ORDER_ID > ?1 and o.ORDER_ID <= ?2 and " + PLACED
                + " and " + MODULE_CODE + " group by o.ORDER_ID, o.ORDER_NUMBER, o.CUSTOMER_ID, c.OFFER_CODE "
                + "order by o.ORDER_ID, c.OFFER_CODE")
                .setParameter(1, afterOrderId).setParameter(2, upTo).getResultList();
        for (Object[] r : rows) {
            result.add(new OrderDiscount(((Number) r[0]).longValue(), (String) r[1], id(r[2]), true, (String) r[3], money(r[4])));
        }
        return result;
    }

    @Override
    public Map<Long, OrderDiscount> pointsDiscounts(Collection<Long> orderIds) {
        Map<Long, OrderDiscount> result = new HashMap<Long, OrderDiscount>();
        if (orderIds.isEmpty()) {
            return result;
        }
        StringBuilder in = new StringBuilder();
        for (Long id : orderIds) {
            in.append(in.length() == 0 ? "" : ",").append(id.longValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.ORDER_ID, o.ORDER_NUMBER, o.CUSTOMER_ID, o.ORDER_STATUS, "
                + "(select sum(a.ADJUSTMENT_VALUE) from BLC_ORDER_ADJUSTMENT a where a.ORDER_ID = o.ORDER_ID and a.OFFER_ID in "
                + "(select c.OFFER_ID from BLC_OFFER_CODE c where upper(c.OFFER_CODE) like 'PTS-%')) as DISCOUNT "
                + "from BLC_ORDER o where o.ORDER_ID in (" + in + ")").getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            String status = (String) r[3];
            boolean placed = "SUBMITTED".equals(status) || "CANCELLED".equals(status);
            result.put(id, new OrderDiscount(id, (String) r[1], id(r[2]), placed, null, money(r[4])));
        }
        return result;
    }

    private static Long id(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static BigDecimal money(Object o) {
        if (o == null) {
            return BigDecimal.ZERO;
        }
        return o instanceof BigDecimal ? (BigDecimal) o : new BigDecimal(o.toString());
    }
}
