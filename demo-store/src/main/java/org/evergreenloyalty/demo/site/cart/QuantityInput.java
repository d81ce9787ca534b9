package org.evergreenloyalty.demo.site.cart;

/** Parses a quantity typed by a shopper: a whole number from 1 to {@link #MAX}. */
public final class QuantityInput {

    /** The most of one item a cart line may hold. */
    public static final int MAX = 99;

    private QuantityInput() {
    }

    /** The quantity, or null when {@code raw} is not a whole number from 1 to {@link #MAX}. */
    public static Integer parse(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.trim();
        if (!v.matches("\\d{1,3}")) {
            return null;
        }
        int q = Integer.parseInt(v);
        return q >= 1 && q <= MAX ? q : null;
    }

    /** The message shown for a quantity {@link #parse} rejected. */
    public static String problem() {
        return "Enter a quantity from 1 to " + MAX + ".";
    }
}
