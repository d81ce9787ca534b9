package org.evergreenloyalty.web;

/** What a header badge shows: whether a customer is signed in, and their available and pending points. */
public final class ShopperPoints {

    private static final ShopperPoints ANONYMOUS = new ShopperPoints(false, 0, 0);

    private final boolean signedIn;
    private final long available;
    private final long pending;

    public ShopperPoints(boolean signedIn, long available, long pending) {
        this.signedIn = signedIn;
        this.available = available;
        this.pending = pending;
    }

    /** The badge of a shopper who is not signed in (shows nothing). */
    public static ShopperPoints anonymous() {
        return ANONYMOUS;
    }

    public boolean isSignedIn() { return signedIn; }
    /** Points the customer can spend now (may be negative after a return). */
    public long getAvailable() { return available; }
    /** Points earned but not yet spendable. */
    public long getPending() { return pending; }
    public boolean isNegative() { return available < 0; }
}
