package org.evergreenloyalty.integrity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reconciles the store's orders with the points ledger, and the ledger's accounts with their entries, page by
 * page (each page one read-only transaction of a few set-based queries, never the whole table in memory):
 * <ol>
 * <li>every placed order whose points discount (PTS code) has no REDEEM entry of the same amount (discount
 * money &times; points per currency unit, the voucher's rounding allowed), and every placed order that used a
 * points voucher (VCH code) whose points were never deducted, or a claimed reward (RWD code) that was never paid
 * (its claim's REDEEM missing, or, used by another order or after its refund, this order never charged);</li>
 * <li>every REDEEM entry of an order that does not exist or carries no points discount;</li>
 * <li>every account whose available, pending or lifetime-earned balance differs from the sum of its entries.</li>
 * </ol>
 * It changes nothing; {@link DefaultIntegrityService} stores and reports what it finds.
 */
public class IntegrityCheck {

    private final TransactionTemplate readTx;
    private final OrderDiscountGateway orders;
    private final IntegrityRepository repository;
    private final PointsSettingsService settings;
    private final Clock clock;
    private final int pageSize;
    private final int keep;

    /**
     * @param pageSize orders, entries or accounts read at a time
     * @param keep     findings kept with their details per run (all are counted)
     */
    public IntegrityCheck(PlatformTransactionManager txm, OrderDiscountGateway orders, IntegrityRepository repository,
                          PointsSettingsService settings, Clock clock, int pageSize, int keep) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("evergreen.integrity.pageSize must be at least 1, was " + pageSize);
        }
        this.readTx = new TransactionTemplate(txm);
        this.readTx.setReadOnly(true);
        this.orders = orders;
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.pageSize = pageSize;
        this.keep = keep;
    }

    /** Checks everything once and returns what it found. */
    public IntegrityReport check() {
        IntegrityReport report = new IntegrityReport(clock.now(), keep);
        BigDecimal ratio = BigDecimal.valueOf(settings.current().getRedeemPointsPerCurrencyUnit());
        checkOrders(report, ratio);
        checkRedeems(report);
        checkBalances(report);
        report.finished(clock.now());
        return report;
    }

    private void checkOrders(IntegrityReport report, BigDecimal ratio) {
        long after = Long.MIN_VALUE;
        while (true) {
            final long from = after;
            Long last = readTx.execute(status -> orderPage(report, ratio, from));
            if (last == null) {
                return;
            }
            after = last;
        }
    }

    /** One page of discounted orders; the last order id, or null when this was the last page. */
    private Long orderPage(IntegrityReport report, BigDecimal ratio, long after) {
        List<OrderDiscount> rows = orders.discountedOrders(after, pageSize);
        Map<Long, List<OrderDiscount>> byOrder = new LinkedHashMap<Long, List<OrderDiscount>>();
        Set<Long> pointsOrders = new HashSet<Long>();
        Set<String> voucherCodes = new HashSet<String>();
        Set<String> rewardCodes = new HashSet<String>();
        for (OrderDiscount d : rows) {
            byOrder.computeIfAbsent(d.getOrderId(), id -> new ArrayList<OrderDiscount>()).add(d);
            if (d.isPointsCode()) {
                pointsOrders.add(d.getOrderId());
            } else if (d.isVoucherCode()) {
                voucherCodes.add(d.getCode().toUpperCase(Locale.ROOT));
            } else if (d.isRewardCode() && d.getAmount().signum() > 0) {
                rewardCodes.add(d.getCode().toUpperCase(Locale.ROOT));
            }
        }
        RewardPayments rewards = RewardPayments.of(repository, rows, rewardCodes);
        Map<Long, Long> redeemed = repository.redeemedPointsByOrder(pointsOrders);
        Map<String, Long> voucherPoints = repository.voucherPoints(voucherCodes);
        for (Map.Entry<Long, List<OrderDiscount>> order : byOrder.entrySet()) {
            checkOrder(report, ratio, order.getValue(), redeemed.get(order.getKey()), voucherPoints);
            order.getValue().forEach(d -> rewards.check(report, d));
        }
        report.ordersChecked(byOrder.size());
        if (byOrder.size() < pageSize) {
            return null;
        }
        long last = after;
        for (Long id : byOrder.keySet()) {
            last = Math.max(last, id);
        }
        return last;
    }

    private void checkOrder(IntegrityReport report, BigDecimal ratio, List<OrderDiscount> discounts, Long redeemedPoints,
                            Map<String, Long> voucherPoints) {
        BigDecimal points = BigDecimal.ZERO;
        OrderDiscount first = null;
        for (OrderDiscount d : discounts) {
            if (d.isPointsCode()) {
                points = points.add(d.getAmount());
                first = first == null ? d : first;
            } else if (d.isVoucherCode() && d.getAmount().signum() > 0) {
                Long paid = voucherPoints.get(d.getCode().toUpperCase(Locale.ROOT));
                if (paid == null || paid <= 0) {
                    report.add(IntegrityFinding.of(FindingKind.VOUCHER_NOT_PAID)
                            .order(d.getOrderId(), d.getOrderNumber(), d.getCustomerId()).code(d.getCode())
                            .points(d.getAmount().multiply(ratio).setScale(0, RoundingMode.HALF_UP).longValue(), paid));
                }
            }
        }
        if (first == null || points.signum() <= 0) {
            return;
        }
        long expected = points.multiply(ratio).setScale(0, RoundingMode.HALF_UP).longValue();
        if (redeemedPoints == null) {
            report.add(IntegrityFinding.of(FindingKind.DISCOUNT_NOT_BOOKED)
                    .order(first.getOrderId(), first.getOrderNumber(), first.getCustomerId()).code(first.getCode())
                    .points(expected, null));
        } else if (!matches(redeemedPoints, points, ratio)) {
            report.add(IntegrityFinding.of(FindingKind.REDEEM_AMOUNT_DIFFERS)
                    .order(first.getOrderId(), first.getOrderNumber(), first.getCustomerId()).code(first.getCode())
                    .points(expected, redeemedPoints));
        }
    }

    /**
     * Whether {@code redeemedPoints} bought exactly {@code discount}: the discount is the points' money value
     * rounded down to the cent, as the redemption computes it.
     */
    static boolean matches(long redeemedPoints, BigDecimal discount, BigDecimal ratio) {
        BigDecimal value = BigDecimal.valueOf(redeemedPoints).divide(ratio, 2, RoundingMode.DOWN);
        return value.compareTo(discount.setScale(2, RoundingMode.HALF_UP)) == 0;
    }

    private void checkRedeems(IntegrityReport report) {
        long after = Long.MIN_VALUE;
        while (true) {
            final long from = after;
            Long last = readTx.execute(status -> redeemPage(report, from));
            if (last == null) {
                return;
            }
            after = last;
        }
    }

    private Long redeemPage(IntegrityReport report, long after) {
        List<IntegrityRepository.OrderRedeem> redeems = repository.orderRedeems(after, pageSize);
        Set<Long> ids = new HashSet<Long>();
        for (IntegrityRepository.OrderRedeem r : redeems) {
            Long id = orderId(r.getOrderId());
            if (id != null) {
                ids.add(id);
            }
        }
        Map<Long, OrderDiscount> discounts = orders.pointsDiscounts(ids);
        for (IntegrityRepository.OrderRedeem r : redeems) {
            Long id = orderId(r.getOrderId());
            OrderDiscount d = id == null ? null : discounts.get(id);
            if (d == null) {
                report.add(IntegrityFinding.of(FindingKind.ORDER_MISSING).order(id == null ? -1L : id, null, r.getCustomerId())
                        .entry(r.getEntryId()).points(null, r.getPoints()));
            } else if (d.getAmount().signum() <= 0) {
                report.add(IntegrityFinding.of(FindingKind.ORDER_WITHOUT_DISCOUNT)
                        .order(id, d.getOrderNumber(), r.getCustomerId()).entry(r.getEntryId()).points(0L, r.getPoints()));
            }
        }
        report.redeemsChecked(redeems.size());
        return redeems.size() < pageSize ? null : redeems.get(redeems.size() - 1).getEntryId();
    }

    private static Long orderId(String sourceId) {
        try {
            return sourceId == null ? null : Long.valueOf(sourceId.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void checkBalances(IntegrityReport report) {
        long after = Long.MIN_VALUE;
        while (true) {
            final long from = after;
            Long last = readTx.execute(status -> balancePage(report, from));
            if (last == null) {
                return;
            }
            after = last;
        }
    }

    private Long balancePage(IntegrityReport report, long after) {
        List<Long> ids = repository.accountIds(after, pageSize);
        if (ids.isEmpty()) {
            return null;
        }
        long upTo = ids.get(ids.size() - 1);
        for (IntegrityRepository.BalanceDifference b : repository.balanceDifferences(after, upTo)) {
            difference(report, FindingKind.AVAILABLE_DIFFERS, b.getCustomerId(), b.getAvailableSum(), b.getAvailable());
            difference(report, FindingKind.PENDING_DIFFERS, b.getCustomerId(), b.getPendingSum(), b.getPending());
            difference(report, FindingKind.LIFETIME_DIFFERS, b.getCustomerId(), b.getEarnedSum(), b.getLifetimeEarned());
        }
        report.accountsChecked(ids.size());
        return ids.size() < pageSize ? null : upTo;
    }

    private static void difference(IntegrityReport report, FindingKind kind, long customerId, long entries, long stored) {
        if (entries != stored) {
            report.add(IntegrityFinding.of(kind).customer(customerId).points(entries, stored));
        }
    }
}
