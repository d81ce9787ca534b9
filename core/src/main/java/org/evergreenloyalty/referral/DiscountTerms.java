package org.evergreenloyalty.referral;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** A discount as shoppers read it: "10%" or "$10.00" off, with an optional minimum order value. */
public final class DiscountTerms {

    private final DiscountKind kind;
    private final BigDecimal value;
    private final BigDecimal minimumSubtotal;

    public DiscountTerms(DiscountKind kind, BigDecimal value, BigDecimal minimumSubtotal) {
        this.kind = kind;
        this.value = value;
        this.minimumSubtotal = minimumSubtotal == null || minimumSubtotal.signum() <= 0 ? null : minimumSubtotal;
    }

    /** The friend's welcome discount of the settings. */
    public static DiscountTerms friend(ReferralSettings s) {
        return new DiscountTerms(s.getFriendDiscountKind(), s.getFriendDiscountValue(), s.getFriendMinimumSubtotal());
    }

    /** The advocate's code reward of the settings. */
    public static DiscountTerms advocateCode(ReferralSettings s) {
        return new DiscountTerms(s.getAdvocateCodeKind(), s.getAdvocateCodeValue(), null);
    }

    public DiscountKind getKind() { return kind; }
    public BigDecimal getValue() { return value; }
    /** The minimum item subtotal, or null for none. */
    public BigDecimal getMinimumSubtotal() { return minimumSubtotal; }
    public boolean isPercent() { return kind == DiscountKind.PERCENT; }

    /** The discount as text, e.g. "10%" or "$10.00" (in {@code currencyCode}, USD when null). */
    public String format(Locale locale, String currencyCode) {
        if (kind == DiscountKind.PERCENT) {
            NumberFormat nf = NumberFormat.getNumberInstance(locale);
            nf.setMaximumFractionDigits(2);
            return nf.format(value) + "%";
        }
        return money(value, locale, currencyCode);
    }

    /** The minimum order value as text, or null when there is none. */
    public String formatMinimum(Locale locale, String currencyCode) {
        return minimumSubtotal == null ? null : money(minimumSubtotal, locale, currencyCode);
    }

    static String money(BigDecimal amount, Locale locale, String currencyCode) {
        NumberFormat nf = NumberFormat.getCurrencyInstance(locale);
        try {
            nf.setCurrency(Currency.getInstance(currencyCode == null ? "USD" : currencyCode));
        } catch (IllegalArgumentException e) {
            nf.setCurrency(Currency.getInstance("USD"));
        }
        return nf.format(amount);
    }

    @Override
    public String toString() {
        return format(Locale.US, "USD") + (minimumSubtotal == null ? "" : " (minimum " + minimumSubtotal.toPlainString() + ")");
    }
}
