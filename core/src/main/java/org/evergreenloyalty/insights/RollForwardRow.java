package org.evergreenloyalty.insights;

import java.time.LocalDate;

import org.evergreenloyalty.ledger.EntryType;

/**
 * One line of the points roll-forward (a day, a month, or the whole period): the available points of all accounts
 * at the start, what moved them, and the available points at the end ({@code closing = opening + earned + bonus -
 * redeemed + reversed - expired + adjusted}); the pending points of orders still in their pending period apart.
 * Earned counts order points when they become available (at once, or when they mature); redeemed and expired are
 * positive amounts taken off; reversed and adjusted are signed.
 */
public final class RollForwardRow {

    private final LocalDate first;
    private final LocalDate last;
    private final long opening;
    private final Movements m;
    private final long pendingOpening;

    public RollForwardRow(LocalDate first, LocalDate last, long opening, long pendingOpening, Movements movements) {
        this.first = first;
        this.last = last;
        this.opening = opening;
        this.pendingOpening = pendingOpening;
        this.m = movements;
    }

    /** First day of the line. */
    public LocalDate getFirst() { return first; }
    /** Last day of the line (included). */
    public LocalDate getLast() { return last; }
    /** Available points of all accounts at the start. */
    public long getOpening() { return opening; }
    /** Order points that became available (earned at once, or matured from pending). */
    public long getEarned() { return m.available(EntryType.EARN) + m.available(EntryType.MATURE); }
    /** Bonus points (sign-up, referral, birthday, review ...). */
    public long getBonus() { return m.available(EntryType.BONUS); }
    /** Points spent (a positive number). */
    public long getRedeemed() { return -m.available(EntryType.REDEEM); }
    /** Net effect of cancels and returns: earned points taken back (-) and redeemed points given back (+). */
    public long getReversed() { return m.available(EntryType.REVERSE); }
    /** Points that expired (a positive number). */
    public long getExpired() { return -m.available(EntryType.EXPIRE); }
    /** Net manual adjustments. */
    public long getAdjusted() { return m.available(EntryType.ADJUST); }
    /** Available points of all accounts at the end. */
    public long getClosing() { return opening + m.availableTotal(); }

    /** Pending points at the start. */
    public long getPendingOpening() { return pendingOpening; }
    /** Order points that went pending. */
    public long getPendingEarned() { return m.pending(EntryType.EARN); }
    /** Pending points that became available (a positive number). */
    public long getPendingMatured() { return -m.pending(EntryType.MATURE); }
    /** Pending points taken back by cancels and returns, or corrected (signed). */
    public long getPendingReversed() {
        return m.pendingTotal() - m.pending(EntryType.EARN) - m.pending(EntryType.MATURE);
    }
    /** Pending points at the end. */
    public long getPendingClosing() { return pendingOpening + m.pendingTotal(); }

    /** Points issued: earned by orders (pending or at once) plus bonuses. */
    public long getIssued() {
        return m.available(EntryType.EARN) + m.pending(EntryType.EARN) + getBonus();
    }

    /** The movements behind the line. */
    public Movements getMovements() { return m; }
}
