package org.evergreenloyalty.web;

import java.util.Date;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;

/**
 * One row of the account page's points history: when, what kind of event (the template shows the localized
 * label of {@link #getTypeKey()} with the points and the date the points become available as arguments 0 and 1),
 * why, how many points and the available balance right after. Labels read as the shopper sees it: an order's
 * pending points ("Earned 71 (available from 3 Jan)"), the same points becoming available as a status change
 * ("71 points now available", not a second credit), and an administrator's credit as a bonus.
 */
public final class HistoryLine {

    private final Date date;
    private final EntryType type;
    private final String reason;
    private final long points;
    private final boolean pendingOnly;
    private final long balanceAfter;
    private final Date availableFrom;

    public HistoryLine(Date date, EntryType type, String reason, long points, boolean pendingOnly, long balanceAfter) {
        this(date, type, reason, points, pendingOnly, balanceAfter, null);
    }

    public HistoryLine(Date date, EntryType type, String reason, long points, boolean pendingOnly, long balanceAfter,
                       Date availableFrom) {
        this.availableFrom = availableFrom == null ? null : new Date(availableFrom.getTime());
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
        return of(e, null);
    }

    /** As {@link #of(LedgerEntry)}, for pending points that become available on {@code availableFrom} (or null). */
    public static HistoryLine of(LedgerEntry e, Date availableFrom) {
        boolean pendingOnly = e.getAvailableDelta() == 0 && e.getPendingDelta() != 0;
        long points = pendingOnly ? e.getPendingDelta() : e.getAvailableDelta();
        return new HistoryLine(e.getCreatedAt(), e.getType(), e.getReason(), points, pendingOnly, e.getAvailableAfter(),
                pendingOnly ? availableFrom : null);
    }

    public Date getDate() { return new Date(date.getTime()); }
    public EntryType getType() { return type; }
    /**
     * Message key of the line's label, e.g. {@code evergreen.history.type.EARN}; arguments: {0} the points (without
     * sign), {1} the date they become available. Pending order points and administrators' credits have their own
     * keys ({@code .pending}, {@code .pendingUndated}, {@code .credit}).
     */
    public String getTypeKey() {
        String key = "evergreen.history.type." + type.name();
        if (type == EntryType.EARN && pendingOnly) {
            return key + (availableFrom != null ? ".pending" : ".pendingUndated");
        }
        if (type == EntryType.ADJUST && points > 0) {
            return key + ".credit";
        }
        return key;
    }

    /** Whether the label is a prefix of the reason ("Bonus: Goodwill") rather than a line of its own. */
    public boolean isReasonInline() { return type == EntryType.BONUS || type == EntryType.ADJUST; }

    /** Whether the line only moves points from pending to available (no new points). */
    public boolean isStatusChange() { return type == EntryType.MATURE; }

    /** When pending points become available, or null (not pending, or not known). */
    public Date getAvailableFrom() { return availableFrom == null ? null : new Date(availableFrom.getTime()); }

    /** The points without sign, for the labels. */
    public long getAmount() { return Math.abs(points); }
    public String getReason() { return reason; }
    /** Points added (positive) or taken (negative). */
    public long getPoints() { return points; }
    public boolean isCredit() { return points > 0 && !isStatusChange(); }
    /** Whether the points are pending (not yet spendable) rather than available. */
    public boolean isPendingOnly() { return pendingOnly; }
    public long getBalanceAfter() { return balanceAfter; }
}
