package org.evergreenloyalty.review;

/** Thrown inside a transaction to roll it back when a conditional update found the row changed by someone else. */
final class LostRace extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LostRace(String message) {
        super(message, null, false, false);
    }
}
