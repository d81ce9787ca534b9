package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionListener;
import org.evergreenloyalty.support.AfterCommit;
import org.evergreenloyalty.support.Clock;

/**
 * Books submitted orders' points: deducts the points reserved for their discounts, records what each order earns
 * (pending for the pending period, or available at once), and re-evaluates the buyers' tiers after commit. Runs
 * inside the order-processing transaction, so an order is booked once. A batch of orders is booked with a fixed
 * handful of statements: the carts' reservations in one query, every earn posting through the ledger's batch
 * ({@link LedgerService#postCredits}), the orders' points records and lines in multi-row inserts.
 */
public class PointsEarningListener implements OrderCompletionListener {

    private static final long DAY = 24L * 60 * 60 * 1000;

    private final LedgerService ledger;
    private final PointsSettingsService settings;
    private final EarnCalculator calculator;
    private final TierService tiers;
    private final ExpiryPolicy expiry;
    private final PointsRedemptionService redemption;
    private final OrderPointsRepository orderPoints;
    private final Clock clock;
    private EarnRules rules;

    public PointsEarningListener(LedgerService ledger, PointsSettingsService settings, EarnCalculator calculator,
                                 TierService tiers, ExpiryPolicy expiry, PointsRedemptionService redemption,
                                 OrderPointsRepository orderPoints, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.calculator = calculator;
        this.tiers = tiers;
        this.expiry = expiry;
        this.redemption = redemption;
        this.orderPoints = orderPoints;
        this.clock = clock;
    }

    /** Campaigns and standing rates (optional: without them every line earns at the store's rate). */
    public void setEarnRules(EarnRules rules) {
        this.rules = rules;
    }

    @Override
    public void orderCompleted(CompletedOrder order) {
        ordersCompleted(Collections.singletonList(order));
    }

    @Override
    public void ordersCompleted(List<CompletedOrder> orders) {
        PointsSettings s = settings.current();
        Date now = clock.now();
        Map<Long, Long> redeemed = redemption.consumeForOrders(orders);
        List<Posting> postings = new ArrayList<Posting>();
        List<OrderPoints> rows = new ArrayList<OrderPoints>();
        List<OrderPointsLine> lines = new ArrayList<OrderPointsLine>();
        for (CompletedOrder order : orders) {
            long points = earn(order, s, now, postings);
            rows.add(new OrderPoints(order.getOrderId(), order.getOrderNumber(), order.getCustomerId(), calculator.earnBase(order, s),
                    points, redeemed.getOrDefault(order.getOrderId(), 0L), submittedAt(order, now),
                    new Date(now.getTime() + s.getPendingDays() * DAY), s.getPendingDays() == 0));
            order.getLines().forEach(line -> lines.add(new OrderPointsLine(line.getOrderItemId(), order.getOrderId(),
                    line.getProductId(), line.getProductName(), line.getQuantity(), line.getAmount(), calculator.earns(line, s))));
        }
        ledger.postCredits(postings);
        orderPoints.insert(rows, lines);
        expiry.afterActivity(customers(rows, r -> r.getEarned() > 0 || r.getRedeemed() > 0), s, now);
        customers(rows, r -> r.getEarned() > 0).forEach(customerId -> AfterCommit.run(() -> tiers.evaluate(customerId, false)));
    }

    /**
     * Adds the order's earn postings (ordinary points and campaign extras, each under its own event key) to
     * {@code postings} and records the campaign grants; returns the points the order earns.
     */
    private long earn(CompletedOrder order, PointsSettings s, Date now, List<Posting> postings) {
        long customerId = order.getCustomerId();
        LoyaltyTier tier = rules == null ? null : tiers.currentTier(customerId);
        BigDecimal multiplier = rules == null ? tiers.multiplier(customerId)
                : tier == null ? BigDecimal.ONE : tier.getMultiplier();
        long ordinary = calculator.points(order, s, multiplier, rules);
        List<ExtraEarn> extras = rules == null ? Collections.<ExtraEarn>emptyList()
                : rules.extras(order, calculator.earningLines(order, s), s.getPointsPerCurrencyUnit(), multiplier, tier,
                submittedAt(order, now));
        boolean immediate = s.getPendingDays() == 0;
        post(order, "earn:order:" + order.getOrderId(), ordinary, "Order " + order.getLabel(), immediate, s, now, postings);
        long points = ordinary;
        for (ExtraEarn extra : extras) {
            post(order, extra.getEventKey(), extra.getPoints(), extra.getReason(), immediate, s, now, postings);
            points += extra.getPoints();
        }
        if (!extras.isEmpty()) {
            rules.booked(order, extras, now);
        }
        return points;
    }

    /** Adds the posting of {@code points} (if any) of the order under {@code key}: pending, or available at once. */
    private void post(CompletedOrder order, String key, long points, String reason, boolean immediate, PointsSettings s,
                      Date now, List<Posting> postings) {
        if (points <= 0) {
            return;
        }
        Posting.Builder p = Posting.builder(order.getCustomerId(), EntryType.EARN, key)
                .earned(points).source("order", order.getOrderId()).reason(reason);
        if (immediate) {
            p.available(points).lotExpiresAt(expiry.expiryOfNewPoints(s, now));
        } else {
            p.pending(points);
        }
        postings.add(p.build());
    }

    /** The customers of the {@code rows} that match, each once, in id order. */
    private static TreeSet<Long> customers(List<OrderPoints> rows, Predicate<OrderPoints> which) {
        TreeSet<Long> ids = new TreeSet<Long>();
        rows.stream().filter(which).forEach(r -> ids.add(r.getCustomerId()));
        return ids;
    }

    private static Date submittedAt(CompletedOrder order, Date now) {
        return order.getSubmittedAt() == null ? now : order.getSubmittedAt();
    }
}
