package org.evergreenloyalty.ledger;

import java.util.List;

/**
 * Learns of the entries the ledger records, inside the transaction that records them (single postings, the
 * batched pages of the maturation and expiry jobs, single lot expiries): what it writes commits or rolls back
 * with them. Repeats of a known event key are not passed on. Must be quick: it runs on the posting path.
 */
public interface LedgerListener {

    /** The new entries of one posting or one page, in order. */
    void recorded(List<LedgerEntry> entries);
}
