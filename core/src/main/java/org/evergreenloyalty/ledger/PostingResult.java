package org.evergreenloyalty.ledger;

/**
 * The outcome of posting: the entry that records the event, and whether this call recorded it
 * ({@code false} when the event had been recorded before and the earlier entry is returned).
 */
public final class PostingResult {

    private final LedgerEntry entry;
    private final boolean recorded;

    public PostingResult(LedgerEntry entry, boolean recorded) {
        this.entry = entry;
        this.recorded = recorded;
    }

    public LedgerEntry getEntry() { return entry; }
    /** True if this call recorded the entry, false if it was a repeat delivery of a known event. */
    public boolean isRecorded() { return recorded; }
}
