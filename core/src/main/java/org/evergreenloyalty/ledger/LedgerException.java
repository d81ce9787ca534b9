package org.evergreenloyalty.ledger;

/** A posting the ledger refused; the message says why, and nothing was recorded. */
public class LedgerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LedgerException(String message) {
        super(message);
    }
}
