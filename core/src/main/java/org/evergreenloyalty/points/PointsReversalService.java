package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.order.OrderCancellationHandler;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes back the points an order earned and gives back the points spent on it, wholly when the order is
 * cancelled and in proportion to the returned value for a partial return. The order's row is locked and
 * every reversal has its own event key, so repeated or concurrent cancels and returns never reverse twice.
 * Points already spent are still taken back: the balance may go negative and later earnings repay it.
 */
public class PointsReversalService implements OrderCancellationHandler {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final OrderPointsRepository orders;

    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final LedgerService ledger;
    private final PointsSettingsService settings;
    private final ExpiryPolicy expiry;
    private final Clock clock;

    public PointsReversalService(PlatformTransactionManager txm, OrderPointsRepository orders, LedgerService ledger, PointsSettingsService settings,
                                 ExpiryPolicy expiry, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.orders = orders;
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ledger = ledger;
        this.settings = settings;
        this.expiry = expiry;
        this.clock = clock;
    }

    /**
     * Reverses everything left of the order's points; false when the order had no points or was cancelled
     * before. Runs in a transaction of its own (it is called after the order's own transaction committed).
     */
    @Override
    public void orderCancelled(long orderId) {
        reverseCancelledOrder(orderId);
    }

    /** As {@link #orderCancelled(long)}; returns false when there was nothing (left) to reverse. */
    public boolean reverseCancelledOrder(final long orderId) {
        return newTx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                OrderPoints op = lock(orderId);
                if (op == null || op.isCancelled()) {
                    return false;
                }
                op.markCancelled();
                reverse(op, op.earnedLeft(), op.redeemedLeft(), "reverse:order:" + orderId + ":cancel",
                        "Order " + label(op) + " cancelled");
                return true;
            }
        });
    }

    /**
     * Reverses points for a partial return of {@code returnedAmount} (the returned items' value after
     * discounts), identified by {@code returnKey}.
     *
     * @return the earned points taken back by this call (0 for a repeat of a known return)
     * @throws IllegalArgumentException when the amount is not positive or exceeds what is left of the order
     */
    public long itemsReturned(final long orderId, final String returnKey, final BigDecimal returnedAmount) {
        if (returnedAmount == null || returnedAmount.signum() <= 0) {
            throw new IllegalArgumentException("The returned amount must be greater than zero.");
        }
        if (returnKey == null || returnKey.trim().isEmpty() || returnKey.length() > 80) {
            throw new IllegalArgumentException("A return needs an identifier of at most 80 characters.");
        }
        return tx.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                OrderPoints op = lock(orderId);
                if (op == null) {
                    throw new IllegalArgumentException("Order " + orderId + " has no loyalty points to reverse.");
                }
                String key = "reverse:order:" + orderId + ":return:" + returnKey.trim();
                if (ledger.findByEventKey(key + ":earn") != null || ledger.findByEventKey(key + ":redeem") != null
                        || op.isCancelled()) {
                    return 0L;
                }
                BigDecimal left = op.getEarnBase().subtract(op.getReturnedAmount());
                if (returnedAmount.compareTo(left) > 0) {
                    throw new IllegalArgumentException("Returned amount " + returnedAmount.toPlainString()
                            + " exceeds what is left of the order (" + left.toPlainString() + ").");
                }
                op.addReturnedAmount(returnedAmount);
                boolean all = op.getReturnedAmount().compareTo(op.getEarnBase()) >= 0;
                long earn = all ? op.earnedLeft() : share(op.getEarned(), returnedAmount, op.getEarnBase(), op.earnedLeft());
                long redeem = all ? op.redeemedLeft() : share(op.getRedeemed(), returnedAmount, op.getEarnBase(), op.redeemedLeft());
                reverse(op, earn, redeem, key, "Items of order " + label(op) + " returned");
                return earn;
            }
        });
    }

    /**
     * The admin's "return items": {@code quantities} maps order item ids to returned units. The returned value
     * (each line's amount per unit after discounts) reverses points in proportion; {@code returnKey} (e.g. the
     * admin form's id) makes a double submission harmless.
     *
     * @return the earned points taken back
     * @throws IllegalArgumentException naming the line when a quantity is not positive or more than is left to return
     */
    public long returnItems(final long orderId, final String returnKey, final java.util.Map<Long, Integer> quantities) {
        if (quantities == null || quantities.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one item to return.");
        }
        return tx.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                if (lock(orderId) == null) {
                    throw new IllegalArgumentException("Order " + orderId + " has no loyalty points to reverse.");
                }
                if (ledger.findByEventKey("reverse:order:" + orderId + ":return:" + returnKey + ":earn") != null
                        || ledger.findByEventKey("reverse:order:" + orderId + ":return:" + returnKey + ":redeem") != null) {
                    return 0L;
                }
                BigDecimal total = BigDecimal.ZERO;
                for (java.util.Map.Entry<Long, Integer> e : quantities.entrySet()) {
                    OrderPointsLine line = orders.line(e.getKey()); // read now, under the order's lock
                    if (line == null || !line.getOrderId().equals(orderId)) {
                        throw new IllegalArgumentException("Item " + e.getKey() + " is not part of order " + orderId + ".");
                    }
                    int qty = e.getValue() == null ? 0 : e.getValue();
                    if (qty <= 0 || qty > line.getReturnableQuantity()) {
                        throw new IllegalArgumentException("'" + line.getName() + "': return between 1 and "
                                + line.getReturnableQuantity() + " units.");
                    }
                    orders.addReturned(line.getOrderItemId(), qty);
                    if (line.isEarns()) {
                        total = total.add(line.getAmount().multiply(BigDecimal.valueOf(qty))
                                .divide(BigDecimal.valueOf(line.getQuantity()), 5, RoundingMode.HALF_UP));
                    }
                }
                em.flush();
                return total.signum() > 0 ? itemsReturned(orderId, returnKey, total) : 0L;
            }
        });
    }

    /** The lines of an order with points, for the admin's return form. */
    public java.util.List<OrderPointsLine> lines(long orderId) {
        return tx.execute(status -> orders.lines(orderId));
    }

    /** The points record of an order, or null. */
    public OrderPoints orderPoints(long orderId) {
        return em.find(OrderPoints.class, orderId);
    }

    /** The points records of a customer's orders, newest first, at most {@code max} (1 to 200); for the admin. */
    public java.util.List<OrderPoints> ordersOf(long customerId, int max) {
        return orders.ordersOf(customerId, Math.max(1, Math.min(200, max)));
    }

    private OrderPoints lock(long orderId) {
        OrderPoints op = em.find(OrderPoints.class, orderId);
        if (op != null) {
            em.refresh(op, LockModeType.PESSIMISTIC_WRITE);
        }
        return op;
    }

    private void reverse(OrderPoints op, long earn, long redeem, String key, String reason) {
        long customerId = op.getCustomerId();
        if (earn > 0) {
            Posting.Builder p = Posting.builder(customerId, EntryType.REVERSE, key + ":earn").earned(-earn)
                    .source("order", op.getOrderId()).reason(reason + ": earned points taken back");
            if (op.isMatured()) {
                p.available(-earn).allowNegative(true);
            } else {
                p.pending(-earn);
            }
            ledger.post(p.build());
            op.addEarnReversed(earn);
        }
        if (redeem > 0) {
            Date now = clock.now();
            PointsSettings s = settings.current();
            ledger.post(Posting.builder(customerId, EntryType.REVERSE, key + ":redeem").available(redeem)
                    .lotExpiresAt(expiry.expiryOfNewPoints(s, now)).source("order", op.getOrderId())
                    .reason(reason + ": redeemed points given back").build());
            op.addRedeemRestored(redeem);
        }
        em.flush();
    }

    /** {@code total * part / whole}, rounded down, never more than {@code cap}. */
    private static long share(long total, BigDecimal part, BigDecimal whole, long cap) {
        if (whole.signum() <= 0) {
            return 0;
        }
        long s = BigDecimal.valueOf(total).multiply(part).divide(whole, 0, RoundingMode.DOWN).longValue();
        return Math.max(0, Math.min(cap, s));
    }

    private static String label(OrderPoints op) {
        return op.getOrderNumber() != null ? op.getOrderNumber() : String.valueOf(op.getOrderId());
    }
}
