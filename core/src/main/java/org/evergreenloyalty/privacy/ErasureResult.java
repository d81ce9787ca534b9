package org.evergreenloyalty.privacy;

/** What an erasure request did: the customer's erasure record, and whether this request made it (false: erased before). */
public final class ErasureResult {

    private final ErasureRecord record;
    private final boolean erasedNow;

    ErasureResult(ErasureRecord record, boolean erasedNow) {
        this.record = record;
        this.erasedNow = erasedNow;
    }

    /** The erasure record (of this request or of the earlier one). */
    public ErasureRecord getRecord() { return record; }
    /** True when this request erased the data; false when the customer had been erased already (nothing changed). */
    public boolean isErasedNow() { return erasedNow; }
}
