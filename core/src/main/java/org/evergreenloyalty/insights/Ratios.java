package org.evergreenloyalty.insights;

/** Divisions of report figures: null when the denominator is zero, so a page shows "–" and never "NaN". */
public final class Ratios {

    private Ratios() {
    }

    /** {@code part / whole}, or null when {@code whole} is 0. */
    public static Double share(long part, long whole) {
        return whole == 0 ? null : Double.valueOf((double) part / whole);
    }
}
