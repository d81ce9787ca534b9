package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionListener;
import org.evergreenloyalty.support.AfterCommit;
import org.evergreenloyalty.support.Clock;

/**
 * Books a submitted order's points: deducts the points reserved for its discount, records what it earns
 * (pending for the pending period, or available at once), and re-evaluates the buyer's tier after commit.
 * Runs inside the order-processing transaction, so an order is booked once.
 */
public class PointsEarningListener implements OrderCompletionListener {

    private static final long DAY = 24L * 60 * 60 * 1000;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final LedgerService ledger;
    private final PointsSettingsService settings;
    private final EarnCalculator calculator;
    private final TierService tiers;
    private final ExpiryPolicy expiry;
    private final PointsRedemptionService redemption;
    private final Clock clock;
    private EarnRules rules;

    public PointsEarningListener(LedgerService ledger, PointsSettingsService settings, EarnCalculator calculator,
                                 TierService tiers, ExpiryPolicy expiry, PointsRedemptionService redemption, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.calculator = calculator;
        this.tiers = tiers;
        this.expiry = expiry;
        this.redemption = redemption;
        this.clock = clock;
    }

    /** Campaigns and standing rates (optional: without them every line earns at the store's rate). */
    public void setEarnRules(EarnRules rules) {
        this.rules = rules;
    }

    @Override
    public void orderCompleted(CompletedOrder order) {
        PointsSettings s = settings.current();
        Date now = clock.now();
        final long customerId = order.getCustomerId();
        long redeemed = redemption.consumeForOrder(order);
        BigDecimal base = calculator.earnBase(order, s);
        LoyaltyTier tier = rules == null ? null : tiers.currentTier(customerId);
        BigDecimal multiplier = rules == null ? tiers.multiplier(customerId)
                : tier == null ? BigDecimal.ONE : tier.getMultiplier();
        long ordinary = calculator.points(order, s, multiplier, rules);
        Date at = order.getSubmittedAt() == null ? now : order.getSubmittedAt();
        List<ExtraEarn> extras = rules == null ? Collections.<ExtraEarn>emptyList()
                : rules.extras(order, calculator.earningLines(order, s), s.getPointsPerCurrencyUnit(), multiplier, tier, at);
        boolean immediate = s.getPendingDays() == 0;
        post(order, "earn:order:" + order.getOrderId(), ordinary, "Order " + order.getLabel(), immediate, s, now);
        long points = ordinary;
        for (ExtraEarn extra : extras) {
            post(order, extra.getEventKey(), extra.getPoints(), extra.getReason(), immediate, s, now);
            points += extra.getPoints();
        }
        if (!extras.isEmpty()) {
            rules.booked(order, extras, now);
        }
        em.persist(new OrderPoints(order.getOrderId(), order.getOrderNumber(), customerId, base, points, redeemed,
                order.getSubmittedAt() == null ? now : order.getSubmittedAt(),
                new Date(now.getTime() + s.getPendingDays() * DAY), immediate));
        for (CompletedOrder.Line line : order.getLines()) {
            em.persist(new OrderPointsLine(line.getOrderItemId(), order.getOrderId(), line.getProductId(),
                    line.getProductName(), line.getQuantity(), line.getAmount(), calculator.earns(line, s)));
        }
        em.flush();
        if (points > 0 || redeemed > 0) {
            expiry.afterActivity(customerId, s, now);
        }
        if (points > 0) {
            AfterCommit.run(() -> tiers.evaluate(customerId, false));
        }
    }

    /** Posts {@code points} (if any) of the order under {@code key}: pending, or available at once. */
    private void post(CompletedOrder order, String key, long points, String reason, boolean immediate, PointsSettings s, Date now) {
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
        ledger.post(p.build());
    }
}
