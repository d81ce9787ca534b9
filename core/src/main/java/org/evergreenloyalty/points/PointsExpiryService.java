package org.evergreenloyalty.points;

import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.PointLot;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires batches whose time is up (oldest first, one EXPIRE entry per batch, a page of batches per
 * transaction) and queues one "points expiring soon" reminder per batch, grouped per customer.
 */
public class PointsExpiryService {

    private static final long DAY = 24L * 60 * 60 * 1000;
    /** Lots (expiry) and customers (reminders) per page, one transaction each. */
    public static final int DEFAULT_PAGE = 500;

    private final TransactionTemplate tx;
    private final PointsJobRepository repository;
    private final LedgerService ledger;
    private final PointsSettingsService settings;
    private final Clock clock;
    private PointsNotifier notifier;
    private int pageSize = DEFAULT_PAGE;

    public PointsExpiryService(PlatformTransactionManager txm, LedgerService ledger, PointsSettingsService settings,
                               PointsJobRepository repository, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    public void setNotifier(PointsNotifier notifier) {
        this.notifier = notifier;
    }

    /** Lots or customers per page, 1 to 5000. */
    public void setPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > 5000) {
            throw new IllegalArgumentException("The expiry page size must be between 1 and 5000, was " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** Expires every batch past its expiry; returns the points expired. */
    public long expireDue() {
        return expireDue(() -> Thread.currentThread().isInterrupted());
    }

    /**
     * Expires batches past their expiry, one transaction per page of {@code pageSize} lots (batched ledger writes),
     * until none is left or {@code stop} says so (asked before each page); returns the points expired. A page
     * commits whole or not at all, and an expired lot has nothing left, so a rerun continues where a stop ended.
     */
    public long expireDue(BooleanSupplier stop) {
        if (settings.current().getExpiryMode() == ExpiryMode.NONE) {
            return 0;
        }
        Date now = clock.now();
        long total = 0;
        while (!stop.getAsBoolean()) {
            List<LedgerEntry> page = ledger.expireDueLots(now, pageSize, "Points expired");
            for (LedgerEntry e : page) {
                total -= e.getAvailableDelta();
            }
            if (page.isEmpty()) {
                return total;
            }
        }
        return total;
    }

    /**
     * Queues the reminder for batches expiring within the reminder window, one e-mail per customer for all their
     * batches not reminded yet, one transaction per page of customers (lots marked reminded and e-mails queued
     * together); returns how many customers were told.
     */
    public int remindExpiringSoon() {
        final PointsSettings s = settings.current();
        if (s.getExpiryMode() == ExpiryMode.NONE || !s.isMailPointsExpiring()) {
            return 0;
        }
        final Date now = clock.now();
        final Date horizon = new Date(now.getTime() + s.getReminderDaysBefore() * DAY);
        int told = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            final long from = after;
            List<Long> customers = tx.execute(status -> remindPage(now, horizon, from));
            told += customers.size();
            if (customers.size() < pageSize) {
                return told;
            }
            after = customers.get(customers.size() - 1);
        }
    }

    private List<Long> remindPage(Date now, Date horizon, long after) {
        List<Long> customers = repository.customersToRemind(now, horizon, after, pageSize);
        if (customers.isEmpty()) {
            return customers;
        }
        List<Object[]> sums = repository.pointsToRemind(customers, now, horizon);
        repository.markReminded(customers, now, horizon);
        if (notifier != null) {
            for (Object[] row : sums) {
                notifier.pointsExpiring(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (Date) row[2]);
            }
        }
        return customers;
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
