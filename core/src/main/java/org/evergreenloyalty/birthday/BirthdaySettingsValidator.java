package org.evergreenloyalty.birthday;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks birthday settings before they are saved; returns a message per bad field (empty when all are fine). */
public class BirthdaySettingsValidator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    /** The problems of {@code s}, keyed by field name. */
    public Map<String, String> validate(BirthdaySettings s) {
        Map<String, String> e = new LinkedHashMap<String, String>();
        range(e, "daysBefore", s.getDaysBefore(), 0, 60, "Days before the birthday must be between 0 and 60.");
        range(e, "lateDays", s.getLateDays(), 0, 30, "Catch-up days must be between 0 and 30.");
        range(e, "validDays", s.getValidDays(), 1, 365, "The code must be valid for 1 to 365 days.");
        range(e, "bonusPoints", s.getBonusPoints(), 0, 1_000_000, "Bonus points must be between 0 and 1,000,000 (0 = none).");
        range(e, "noticeDays", s.getNoticeDays(), 0, 180, "The notice period must be between 0 and 180 days.");
        range(e, "changeIntervalMonths", s.getChangeIntervalMonths(), 0, 60, "The change interval must be between 0 and 60 months.");
        if (!s.isCodeEnabled() && s.getBonusPoints() <= 0) {
            e.put("codeEnabled", "Give a discount code, bonus points or both.");
        }
        if (s.getDiscountKind() == null) {
            e.put("discountKind", "Choose percent or amount off.");
        }
        BigDecimal v = s.getDiscountValue();
        if (v == null || v.signum() <= 0) {
            e.put("discountValue", "The discount must be more than 0.");
        } else if (s.getDiscountKind() == DiscountKind.PERCENT && v.compareTo(HUNDRED) > 0) {
            e.put("discountValue", "A percent discount must be at most 100.");
        } else if (v.compareTo(MAX_AMOUNT) > 0) {
            e.put("discountValue", "The discount must be at most 1,000,000.");
        } else if (v.scale() > 2 && v.stripTrailingZeros().scale() > 2) {
            e.put("discountValue", "The discount may have at most two decimals.");
        }
        BigDecimal min = s.getMinimumSubtotal();
        if (min == null || min.signum() < 0 || min.compareTo(MAX_AMOUNT) > 0) {
            e.put("minimumSubtotal", "The minimum order must be between 0 (none) and 1,000,000.");
        }
        if (s.getLeapDayRule() == null) {
            e.put("leapDayRule", "Choose the day 29 February birthdays are celebrated in other years.");
        }
        if (s.getTimeZone() != null && !s.getTimeZone().trim().isEmpty()) {
            try {
                ZoneId.of(s.getTimeZone().trim());
            } catch (DateTimeException ex) {
                e.put("timeZone", "'" + s.getTimeZone() + "' is not a time zone; use an id such as Europe/Berlin.");
            }
        }
        try {
            if (s.getCurrencyCode() == null) {
                throw new IllegalArgumentException();
            }
            Currency.getInstance(s.getCurrencyCode());
        } catch (IllegalArgumentException ex) {
            e.put("currencyCode", "The currency must be an ISO code such as USD or EUR.");
        }
        return e;
    }

    private static void range(Map<String, String> e, String field, long v, long min, long max, String message) {
        if (v < min || v > max) {
            e.put(field, message);
        }
    }
}
