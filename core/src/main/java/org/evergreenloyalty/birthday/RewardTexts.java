package org.evergreenloyalty.birthday;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Formats a reward's values for people: "10%" or "$5.00", and a long date in the reader's language. */
public final class RewardTexts {

    private RewardTexts() {
    }

    /** The discount, e.g. {@code 10%} or {@code $5.00}; null without one. */
    public static String discount(DiscountKind kind, BigDecimal value, String currencyCode, Locale locale) {
        if (kind == null || value == null) {
            return null;
        }
        if (kind == DiscountKind.PERCENT) {
            return NumberFormat.getNumberInstance(locale).format(value.stripTrailingZeros()) + "%";
        }
        return money(value, currencyCode, locale);
    }

    /** An amount of {@code currencyCode} (USD when null), e.g. {@code $25.00}; null for null or zero. */
    public static String money(BigDecimal value, String currencyCode, Locale locale) {
        if (value == null || value.signum() == 0) {
            return null;
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance(currencyCode == null ? "USD" : currencyCode));
        return f.format(value);
    }

    /** A long date, e.g. {@code Friday, 14 March 2025} / {@code Freitag, 14. März 2025}; null for null. */
    public static String longDate(LocalDate day, Locale locale) {
        return day == null ? null : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
    }
}
