package org.evergreenloyalty.admin.birthdays;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.evergreenloyalty.birthday.Birthday;
import org.evergreenloyalty.birthday.RewardTexts;
import org.evergreenloyalty.birthday.RewardView;

/**
 * Formats birthday values for the admin's Birthday pages (in the admin's language, English): a birthday as
 * "14 March" or "14 March 1990", store days as ISO dates like the other Loyalty pages, discounts as "10%" or
 * "$5.00". Put in the model as {@code birthdayFormat}; every method returns "" for null.
 */
public final class BirthdayFormat {

    private final Locale locale;

    public BirthdayFormat(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** "14 March", or "14 March 1990" when the year is known. */
    public String birthday(Birthday b) {
        if (b == null) {
            return "";
        }
        String md = b.getDay() + " " + monthName(b.getMonth());
        return b.getYear() == null ? md : md + " " + b.getYear();
    }

    /** The month's full name, e.g. "March" for 3. */
    public String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, locale);
    }

    /** A store day as yyyy-MM-dd. */
    public String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** The reward's discount, e.g. "10%" or "$5.00"; "" for a points-only reward. */
    public String discount(RewardView r) {
        if (r == null || !r.isHasCode()) {
            return "";
        }
        String d = RewardTexts.discount(r.getDiscountKind(), r.getDiscountValue(), r.getCurrencyCode(), locale);
        return d == null ? "" : d;
    }

    /** An amount, e.g. "$25.00"; "" for null or zero. */
    public String money(BigDecimal value, String currencyCode) {
        String m = RewardTexts.money(value, currencyCode, locale);
        return m == null ? "" : m;
    }
}
