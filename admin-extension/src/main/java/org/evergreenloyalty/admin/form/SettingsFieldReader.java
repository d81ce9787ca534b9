package org.evergreenloyalty.admin.form;

import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * Reads the fields of a settings form as typed onto a settings object: each method reads one field and hands
 * the value to its setter, or records the field's problem in the {@link FormErrors} and leaves the setting as
 * it was. Also turns settings values back into the text a form shows.
 */
public final class SettingsFieldReader {

    private final FormErrors errors;

    public SettingsFieldReader(FormErrors errors) {
        this.errors = errors;
    }

    /** A whole number (see {@link FormNumbers#whole}). */
    public void whole(String text, String field, Consumer<Long> setter) {
        Long v = FormNumbers.whole(text, field, errors);
        if (v != null) {
            setter.accept(v);
        }
    }

    /** A whole number that fits an int (see {@link FormNumbers#wholeInt}). */
    public void wholeInt(String text, String field, Consumer<Integer> setter) {
        Integer v = FormNumbers.wholeInt(text, field, errors);
        if (v != null) {
            setter.accept(v);
        }
    }

    /** A decimal number (see {@link FormNumbers#decimal}). */
    public void decimal(String text, String field, Consumer<BigDecimal> setter) {
        BigDecimal v = FormNumbers.decimal(text, field, errors);
        if (v != null) {
            setter.accept(v);
        }
    }

    /** A decimal number with at most {@code maxDecimals} significant decimals. */
    public void decimal(String text, String field, int maxDecimals, Consumer<BigDecimal> setter) {
        BigDecimal v = FormNumbers.decimal(text, field, errors);
        if (v != null && v.stripTrailingZeros().scale() > maxDecimals) {
            errors.reject(field, "evergreen.form.tooManyDecimals", maxDecimals);
        } else if (v != null) {
            setter.accept(v);
        }
    }

    /** One of the constants of {@code type}, by its exact name. */
    public <E extends Enum<E>> void option(Class<E> type, String text, String field, Consumer<E> setter) {
        if (text != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(text.trim())) {
                    setter.accept(e);
                    return;
                }
            }
        }
        errors.reject(field, "evergreen.form.chooseOption");
    }

    /**
     * Text without surrounding blanks, at most {@code maxLength} characters long; longer text gets the bundle
     * message {@code tooLongKey} (with {@code maxLength} as its argument).
     */
    public void text(String text, String field, int maxLength, String tooLongKey, Consumer<String> setter) {
        String t = trimmed(text);
        if (t.length() > maxLength) {
            errors.reject(field, tooLongKey, String.valueOf(maxLength));
        } else {
            setter.accept(t);
        }
    }

    /** {@code text} without surrounding blanks; "" for null. */
    public static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }

    /** The constant's name; "" for null. */
    public static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }

    /** A decimal without trailing zeros or exponent, e.g. "7.5" or "10"; "" for null. */
    public static String plain(BigDecimal d) {
        if (d == null) {
            return "";
        }
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** {@code text} as it is; "" for null. */
    public static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
