package org.evergreenloyalty.notification;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount of money in an e-mail (a template variable or a subject argument): kept as amount and currency while the
 * e-mail waits in the outbox, written the way the recipient's language writes it when the e-mail is sent
 * ({@code $3.00} / {@code 3,00 $}).
 */
public final class MailMoney implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BigDecimal amount;
    private final String currencyCode;

    /** @throws IllegalArgumentException for a missing amount or an unknown currency */
    public MailMoney(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            throw new IllegalArgumentException("An amount of money needs an amount");
        }
        try {
            Currency.getInstance(currencyCode);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + currencyCode + "' is not a currency code (e.g. USD, EUR)");
        }
        this.amount = amount;
        this.currencyCode = currencyCode;
    }

    public BigDecimal getAmount() { return amount; }
    public String getCurrencyCode() { return currencyCode; }

    /** The amount as {@code locale} writes it. */
    public String format(Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance(currencyCode));
        return f.format(amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currencyCode;
    }
}
