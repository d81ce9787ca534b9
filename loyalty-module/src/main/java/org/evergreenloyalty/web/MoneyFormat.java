package org.evergreenloyalty.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Formats money amounts for one page: a currency and the shopper's locale (e.g. "$5.00", "5,00 $"). */
public final class MoneyFormat {

    private final String currencyCode;
    private final Locale locale;

    public MoneyFormat(String currencyCode, Locale locale) {
        this.currencyCode = currencyCode == null || currencyCode.trim().isEmpty() ? "USD" : currencyCode.trim();
        this.locale = locale == null ? Locale.US : locale;
    }

    /** {@code amount} in the page's currency and locale; an empty string for null. */
    public String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        try {
            f.setCurrency(Currency.getInstance(currencyCode));
        } catch (IllegalArgumentException e) {
            // an unknown code keeps the locale's own currency symbol
        }
        return f.format(amount);
    }

    /** {@code units} whole currency units, e.g. a tier threshold measured in money spent. */
    public String format(long units) {
        return format(BigDecimal.valueOf(units));
    }

    public String getCurrencyCode() { return currencyCode; }
    public Locale getLocale() { return locale; }
    /** The locale as a BCP 47 tag, for the browser's Intl.NumberFormat. */
    public String getLanguageTag() { return locale.toLanguageTag(); }
}
