package org.evergreenloyalty.web;

import java.util.Date;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;

/**
 * One row of the account page's points history: when, what kind of event (the template shows the localized
 * label of {@link #getTypeKey()}), why, how many points and the available balance right after.
 */
public final class HistoryLine {

    private final Date date;
    private final EntryType type;
    private final String reason;
    private final long points;
    private final boolean pendingOnly;
    private final long balanceAfter;

    public HistoryLine(Date date, EntryType type, String reason, long points, boolean pendingOnly, long balanceAfter) {
        this.date = new Date(date.getTime());
        this.type = type;
        this.reason = reason;
        this.points = points;
        this.pendingOnly = pendingOnly;
        this.balanceAfter = balanceAfter;
    }

    /**
     * The row of {@code e}: its available points, or its pending points when it moved only pending points
     * (an order's points before they become available).
     */
    public static HistoryLine of(LedgerEntry e) {
        boolean pendingOnly = e.getAvailableDelta() == 0 && e.getPendingDelta() != 0;
        long points = pendingOnly ? e.getPendingDelta() : e.getAvailableDelta();
        return new HistoryLine(e.getCreatedAt(), e.getType(), e.getReason(), points, pendingOnly, e.getAvailableAfter());
    }

    public Date getDate() { return new Date(date.getTime()); }
    public EntryType getType() { return type; }
    /** Message key of the type's label, e.g. {@code evergreen.history.type.EARN}. */
    public String getTypeKey() { return "evergreen.history.type." + type.name(); }
    public String getReason() { return reason; }
    /** Points added (positive) or taken (negative). */
    public long getPoints() { return points; }
    public boolean isCredit() { return points > 0; }
    /** Whether the points are pending (not yet spendable) rather than available. */
    public boolean isPendingOnly() { return pendingOnly; }
    public long getBalanceAfter() { return balanceAfter; }
}
