package org.evergreenloyalty.customevent;

/** What a rule has granted: how many events and how many points in all. */
public final class RuleTotals {

    private final long events;
    private final long points;

    public RuleTotals(long events, long points) {
        this.events = events;
        this.points = points;
    }

    public long getEvents() { return events; }
    public long getPoints() { return points; }
}
