package org.evergreenloyalty.points;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.JdbcBatch;
import org.evergreenloyalty.support.Queries;
import org.evergreenloyalty.support.Rows;

/**
 * Queries on what orders earned ({@link OrderPoints}, {@link OrderPointsLine}): an order's lines and returns, a
 * customer's orders, and when each order's pending points become available; and the batch insert of newly booked
 * orders. Callers bring the transaction.
 */
public class OrderPointsRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The table of the order lines ({@link OrderPointsLine}). */
    public static final String LINE_TABLE = "EVG_ORDER_POINTS_LINE";
    private static final String LINE_COLUMNS = "ORDER_ITEM_ID, ORDER_ID, PRODUCT_ID, NAME, QUANTITY, AMOUNT, EARNS, RETURNED_QUANTITY";

    /** The lines of an order with points, in line order. */
    public List<OrderPointsLine> lines(long orderId) {
        return Rows.list(em, "select " + LINE_COLUMNS + " from " + LINE_TABLE + " where ORDER_ID = ? order by ORDER_ITEM_ID",
                p -> p.id(orderId), OrderPointsRepository::line);
    }

    /** The line of order item {@code orderItemId}, as stored now, or null. */
    public OrderPointsLine line(long orderItemId) {
        return Rows.first(em, "select " + LINE_COLUMNS + " from " + LINE_TABLE + " where ORDER_ITEM_ID = ?", p -> p.id(orderItemId),
                OrderPointsRepository::line);
    }

    /** Counts {@code qty} more units of the line as returned. */
    public void addReturned(long orderItemId, int qty) {
        Rows.update(em, "update " + LINE_TABLE + " set RETURNED_QUANTITY = RETURNED_QUANTITY + ? where ORDER_ITEM_ID = ?",
                p -> p.integer(qty).id(orderItemId));
    }

    private static OrderPointsLine line(java.sql.ResultSet rs) throws java.sql.SQLException {
        long product = rs.getLong(3);
        Long productId = rs.wasNull() ? null : product;
        return new OrderPointsLine(rs.getLong(1), rs.getLong(2), productId, rs.getString(4), rs.getInt(5), rs.getBigDecimal(6),
                rs.getBoolean(7), rs.getInt(8));
    }

    /** The points records of a customer's orders, newest first, at most {@code max}. */
    public List<OrderPoints> ordersOf(long customerId, int max) {
        return em.createQuery("select o from OrderPoints o where o.customerId = :c order by o.submittedAt desc, o.orderId desc",
                OrderPoints.class).setParameter("c", customerId).setMaxResults(max).getResultList();
    }

    /** Whether every unit of the order line was returned; false for a line without points. */
    public boolean fullyReturned(long orderItemId) {
        OrderPointsLine l = line(orderItemId);
        return l != null && l.getQuantity() > 0 && l.getReturnedQuantity() >= l.getQuantity();
    }

    /** The date each of {@code orderIds}' points become (or became) available; orders without points are left out. */
    public Map<Long, Date> maturityDates(Collection<Long> orderIds) {
        Map<Long, Date> dates = new HashMap<Long, Date>();
        if (orderIds.isEmpty()) {
            return dates;
        }
        for (OrderPoints o : em.createQuery("select o from OrderPoints o where o.orderId in :ids", OrderPoints.class)
                .setParameter("ids", Queries.padded(orderIds)).getResultList()) {
            dates.put(o.getOrderId(), o.getMatureAt());
        }
        return dates;
    }

    /** Writes new orders' points records and their lines with multi-row inserts (their keys refuse a second one). */
    public void insert(List<OrderPoints> orders, List<OrderPointsLine> lines) {
        JdbcBatch.insert(em, "EVG_ORDER_POINTS (ORDER_ID, ORDER_NUMBER, CUSTOMER_ID, EARN_BASE, EARNED, REDEEMED, EARN_REVERSED,"
                + " REDEEM_RESTORED, RETURNED_AMOUNT, SUBMITTED_AT, MATURE_AT, MATURED, CANCELLED, VERSION)", 14, orders, (p, o) -> p
                .id(o.getOrderId()).text(o.getOrderNumber()).id(o.getCustomerId()).decimal(o.getEarnBase()).id(o.getEarned())
                .id(o.getRedeemed()).id(o.getEarnReversed()).id(o.getRedeemRestored()).decimal(o.getReturnedAmount())
                .time(o.getSubmittedAt()).time(o.getMatureAt()).flag(o.isMatured()).flag(o.isCancelled()).id(0));
        JdbcBatch.insert(em, LINE_TABLE + " (" + LINE_COLUMNS + ")", 8, lines, (p, l) -> p.id(l.getOrderItemId()).id(l.getOrderId()).number(l.getProductId())
                .text(l.getName()).integer(l.getQuantity()).decimal(l.getAmount()).flag(l.isEarns()).integer(l.getReturnedQuantity()));
    }
}
