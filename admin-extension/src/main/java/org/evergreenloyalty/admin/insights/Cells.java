package org.evergreenloyalty.admin.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How report figures read in a table cell, the same on the page and in the CSV: whole numbers plain, money with
 * two decimals, shares as percent with one decimal (no sign, the header says "%"), always with a dot; null for none.
 */
public final class Cells {

    private Cells() {
    }

    public static String count(long n) {
        return Long.toString(n);
    }

    public static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A share (0.125) as percent ("12.5"); null stays null. */
    public static String percent(Double share) {
        return share == null ? null : String.format(Locale.ROOT, "%.1f", share * 100);
    }

    /** A ratio such as orders per customer, two decimals; null stays null. */
    public static String ratio(Double value) {
        return value == null ? null : String.format(Locale.ROOT, "%.2f", value);
    }
}
