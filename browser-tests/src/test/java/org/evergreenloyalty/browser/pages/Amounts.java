package org.evergreenloyalty.browser.pages;

import java.math.BigDecimal;

/**
 * Reads the numbers pages show as text: money such as {@code $1,234.50} or {@code -$2.00}, and point
 * counts such as {@code 1,234}, {@code +200} or {@code -100}.
 */
public final class Amounts {
    private Amounts() {
    }

    /** The amount of a money text (currency sign and grouping dropped). */
    public static BigDecimal money(String text) {
        String digits = text.replaceAll("[^0-9.\\-]", "");
        if (digits.isEmpty() || digits.equals("-")) {
            throw new IllegalArgumentException("'" + text + "' is not an amount of money");
        }
        return new BigDecimal(digits);
    }

    /** The whole number of a points text (sign kept, grouping dropped). */
    public static long points(String text) {
        String digits = text.replaceAll("[^0-9\\-]", "");
        if (digits.isEmpty() || digits.equals("-")) {
            throw new IllegalArgumentException("'" + text + "' is not a number of points");
        }
        return Long.parseLong(digits);
    }
}
