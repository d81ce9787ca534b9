package org.evergreenloyalty.ledger;

/** Thrown when a posting would spend more points than the account has available; nothing is recorded. */
public class InsufficientPointsException extends LedgerException {

    private static final long serialVersionUID = 1L;
    private final long available;
    private final long requested;

    public InsufficientPointsException(long customerId, long available, long requested) {
        super("Customer " + customerId + " has " + available + " points available, " + requested + " requested");
        this.available = available;
        this.requested = requested;
    }

    public long getAvailable() { return available; }
    public long getRequested() { return requested; }
}
