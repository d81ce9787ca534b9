package org.evergreenloyalty.points;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.PointLot;
import org.evergreenloyalty.support.Clock;

/**
 * Expires batches whose time is up (oldest first, one EXPIRE entry per batch) and sends one
 * "points expiring soon" reminder per batch, grouped per customer.
 */
public class PointsExpiryService {

    private static final long DAY = 24L * 60 * 60 * 1000;
    private static final int PAGE = 500;

    private final LedgerService ledger;
    private final PointsSettingsService settings;
    private final Clock clock;
    private PointsNotifier notifier;

    public PointsExpiryService(LedgerService ledger, PointsSettingsService settings, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    public void setNotifier(PointsNotifier notifier) {
        this.notifier = notifier;
    }

    /** Expires every batch past its expiry; returns the points expired. */
    public long expireDue() {
        if (settings.current().getExpiryMode() == ExpiryMode.NONE) {
            return 0;
        }
        long total = 0;
        while (true) {
            Date now = clock.now();
            List<PointLot> due = ledger.lotsExpiringBefore(now, PAGE);
            for (PointLot lot : due) {
                LedgerEntry e = ledger.expireLot(lot.getId(), "Points expired", now);
                if (e != null) {
                    total -= e.getAvailableDelta();
                }
            }
            if (due.size() < PAGE) {
                return total;
            }
        }
    }

    /** Sends the reminder for batches expiring within the reminder window; returns how many customers were told. */
    public int remindExpiringSoon() {
        PointsSettings s = settings.current();
        if (s.getExpiryMode() == ExpiryMode.NONE || !s.isMailPointsExpiring()) {
            return 0;
        }
        Date now = clock.now();
        Date horizon = new Date(now.getTime() + s.getReminderDaysBefore() * DAY);
        Map<Long, long[]> perCustomer = new LinkedHashMap<Long, long[]>();
        Map<Long, Date> earliest = new LinkedHashMap<Long, Date>();
        for (PointLot lot : ledger.lotsExpiringBefore(horizon, 5000)) {
            if (lot.isReminderSent() || !lot.getExpiresAt().after(now)) {
                continue;
            }
            long[] sum = perCustomer.get(lot.getCustomerId());
            if (sum == null) {
                sum = new long[1];
                perCustomer.put(lot.getCustomerId(), sum);
                earliest.put(lot.getCustomerId(), lot.getExpiresAt());
            }
            sum[0] += lot.getRemainingPoints();
            ledger.markReminderSent(lot.getId());
        }
        for (Map.Entry<Long, long[]> e : perCustomer.entrySet()) {
            if (notifier != null) {
                notifier.pointsExpiring(e.getKey(), e.getValue()[0], earliest.get(e.getKey()));
            }
        }
        return perCustomer.size();
    }

    /** Points of a customer that expire within the reminder window, and the earliest date (null when none). */
    public ExpiringPoints expiringSoon(long customerId) {
        PointsSettings s = settings.current();
        if (s.getExpiryMode() == ExpiryMode.NONE) {
            return new ExpiringPoints(0, null);
        }
        Date horizon = expiringSoonHorizon(s, clock.now());
        long points = 0;
        Date first = null;
        for (PointLot lot : ledger.openLots(customerId)) {
            if (lot.getExpiresAt() != null && lot.getExpiresAt().before(horizon)) {
                points += lot.getRemainingPoints();
                if (first == null || lot.getExpiresAt().before(first)) {
                    first = lot.getExpiresAt();
                }
            }
        }
        return new ExpiringPoints(points, first);
    }

    /** Points expiring before this date, seen at {@code now}, count as expiring soon. */
    static Date expiringSoonHorizon(PointsSettings s, Date now) {
        return new Date(now.getTime() + Math.max(1, s.getReminderDaysBefore()) * DAY);
    }

    /** An amount of points and the earliest day on which some of them expire. */
    public static final class ExpiringPoints {
        private final long points;
        private final Date firstExpiry;

        public ExpiringPoints(long points, Date firstExpiry) {
            this.points = points;
            this.firstExpiry = firstExpiry == null ? null : new Date(firstExpiry.getTime());
        }

        public long getPoints() { return points; }
        public Date getFirstExpiry() { return firstExpiry == null ? null : new Date(firstExpiry.getTime()); }
    }
}
