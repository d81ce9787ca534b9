package org.evergreenloyalty.admin.form;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads the numbers admins type into forms. Each method returns null and records a clear problem for the
 * field when the text is blank, not a number, or (for whole numbers) has decimals.
 */
public final class FormNumbers {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private FormNumbers() {
    }

    /** A whole number (an optional sign, digits; at most 18 of them). */
    public static Long whole(String text, String field, FormErrors errors) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            errors.reject(field, "evergreen.form.required");
            return null;
        }
        if (!WHOLE.matcher(t).matches()) {
            errors.reject(field, DECIMAL.matcher(t).matches() ? "evergreen.form.noDecimals" : "evergreen.form.wholeNumber");
            return null;
        }
        String digits = t.replaceFirst("^[+-]", "");
        if (digits.replaceFirst("^0+(?=\\d)", "").length() > 18) {
            errors.reject(field, "evergreen.form.tooLarge");
            return null;
        }
        return Long.valueOf(t.startsWith("+") ? t.substring(1) : t);
    }

    /** A whole number that fits an int. */
    public static Integer wholeInt(String text, String field, FormErrors errors) {
        Long v = whole(text, field, errors);
        if (v == null) {
            return null;
        }
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            errors.reject(field, "evergreen.form.tooLarge");
            return null;
        }
        return v.intValue();
    }

    /** A decimal number; a comma is read as the decimal point. */
    public static BigDecimal decimal(String text, String field, FormErrors errors) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            errors.reject(field, "evergreen.form.required");
            return null;
        }
        if (!DECIMAL.matcher(t).matches() || t.length() > 30) {
            errors.reject(field, "evergreen.form.decimalNumber");
            return null;
        }
        return new BigDecimal((t.startsWith("+") ? t.substring(1) : t).replace(',', '.'));
    }
}
