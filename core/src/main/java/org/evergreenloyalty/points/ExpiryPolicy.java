package org.evergreenloyalty.points;

import java.util.Collection;
import java.util.Date;

import org.evergreenloyalty.ledger.LedgerService;

/** Decides when credited points expire, and moves all of a customer's expiry dates in inactivity mode. */
public class ExpiryPolicy {

    private static final long DAY = 24L * 60 * 60 * 1000;

    private final LedgerService ledger;

    public ExpiryPolicy(LedgerService ledger) {
        this.ledger = ledger;
    }

    /** When points credited at {@code now} expire under {@code s} (null: never). */
    public Date expiryOfNewPoints(PointsSettings s, Date now) {
        if (s.getExpiryMode() == ExpiryMode.NONE) {
            return null;
        }
        return new Date(now.getTime() + s.getExpiryDays() * DAY);
    }

    /** After an earn or redeem: in inactivity mode every open batch now expires N days from {@code now}. */
    public void afterActivity(long customerId, PointsSettings s, Date now) {
        if (s.getExpiryMode() == ExpiryMode.INACTIVITY) {
            ledger.setExpiryOfOpenLots(customerId, new Date(now.getTime() + s.getExpiryDays() * DAY));
        }
    }

    /** {@link #afterActivity(long, PointsSettings, Date)} for many customers at once (one statement per chunk). */
    public void afterActivity(Collection<Long> customerIds, PointsSettings s, Date now) {
        if (s.getExpiryMode() == ExpiryMode.INACTIVITY && !customerIds.isEmpty()) {
            ledger.setExpiryOfOpenLots(customerIds, new Date(now.getTime() + s.getExpiryDays() * DAY));
        }
    }
}
