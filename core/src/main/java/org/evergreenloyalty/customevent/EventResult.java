package org.evergreenloyalty.customevent;

import java.util.Date;

/** The outcome of recording a custom event: what it granted, and whether this call recorded it or repeated an earlier one. */
public final class EventResult {

    private final CustomEvent event;
    private final long entryId;
    private final boolean repeat;

    EventResult(CustomEvent event, long entryId, boolean repeat) {
        this.event = event;
        this.entryId = entryId;
        this.repeat = repeat;
    }

    public String getEventKey() { return event.getEventKey(); }
    public String getType() { return event.getType(); }
    public String getEventId() { return event.getEventId(); }
    public long getCustomerId() { return event.getCustomerId(); }
    public long getPoints() { return event.getPoints(); }
    public Date getRecordedAt() { return event.getRecordedAt(); }
    /** The ledger entry that granted the points. */
    public long getEntryId() { return entryId; }
    /** True when the event id had been recorded before and this is the first result again. */
    public boolean isRepeat() { return repeat; }
}
