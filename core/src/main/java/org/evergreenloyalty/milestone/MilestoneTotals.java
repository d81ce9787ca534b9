package org.evergreenloyalty.milestone;

/** How many customers reached a milestone or completed a challenge, and the points granted (cancelled orders left out). */
public final class MilestoneTotals {

    /** No customer yet. */
    public static final MilestoneTotals NONE = new MilestoneTotals(0, 0);

    private final long customers;
    private final long points;

    public MilestoneTotals(long customers, long points) {
        this.customers = customers;
        this.points = points;
    }

    public long getCustomers() { return customers; }
    public long getPoints() { return points; }
}
