package org.evergreenloyalty.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median, minimum and maximum of a few measurements, and their one-word wire form ({@code median/min/max}). */
final class Stats {

    private final List<Double> sorted;

    private Stats(List<Double> values) {
        this.sorted = new ArrayList<Double>(values);
        Collections.sort(sorted);
    }

    static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no measurements");
        }
        return new Stats(values);
    }

    /** Parses {@link #encode()}. */
    static Stats decode(String s) {
        List<Double> v = new ArrayList<Double>();
        for (String p : s.split("/")) {
            v.add(Double.parseDouble(p));
        }
        return new Stats(v);
    }

    double median() {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() { return sorted.get(0); }
    double max() { return sorted.get(sorted.size() - 1); }

    String encode() {
        return String.format(Locale.ROOT, "%.4f/%.4f/%.4f", median(), min(), max());
    }

    /** Shares (0.12 = 12 %) as {@code median (min–max)} percent, no decimals. */
    String percent() {
        return String.format(Locale.ROOT, "%.0f (%.0f-%.0f)", 100 * median(), 100 * min(), 100 * max());
    }

    /** {@code median (min–max)} with {@code decimals} decimals. */
    String show(int decimals) {
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, f + " (" + f + "-" + f + ")", median(), min(), max());
    }
}
