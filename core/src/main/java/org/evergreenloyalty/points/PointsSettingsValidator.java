package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks points settings before they are saved; returns a message per bad field (empty when all are fine). */
public class PointsSettingsValidator {

    /** The problems of {@code s}, keyed by field name. */
    public Map<String, String> validate(PointsSettings s) {
        Map<String, String> e = new LinkedHashMap<String, String>();
        BigDecimal ppu = s.getPointsPerCurrencyUnit();
        if (ppu == null || ppu.signum() < 0 || ppu.compareTo(new BigDecimal("1000")) > 0) {
            e.put("pointsPerCurrencyUnit", "Points per currency unit must be between 0 and 1000.");
        }
        range(e, "pendingDays", s.getPendingDays(), 0, 365, "Pending period must be between 0 and 365 days.");
        range(e, "signupBonus", s.getSignupBonus(), 0, 1_000_000, "Signup bonus must be between 0 and 1,000,000 points (0 = off).");
        range(e, "redeemPointsPerCurrencyUnit", s.getRedeemPointsPerCurrencyUnit(), 1, 100_000,
                "Points per currency unit when redeeming must be between 1 and 100,000.");
        range(e, "redeemStep", s.getRedeemStep(), 1, 100_000, "Redemption step must be between 1 and 100,000 points.");
        range(e, "redeemMinimumBalance", s.getRedeemMinimumBalance(), 0, 10_000_000,
                "Minimum balance to redeem must be between 0 and 10,000,000 points.");
        range(e, "redeemMaxSharePercent", s.getRedeemMaxSharePercent(), 1, 100,
                "Maximum share of the order paid with points must be between 1 and 100 percent.");
        range(e, "reservationMinutes", s.getReservationMinutes(), 1, 10_080,
                "Reservation timeout must be between 1 minute and 7 days (10080 minutes).");
        if (s.getExpiryMode() == null) {
            e.put("expiryMode", "Choose an expiry mode.");
        } else if (s.getExpiryMode() != ExpiryMode.NONE) {
            range(e, "expiryDays", s.getExpiryDays(), 1, 3650, "Expiry must be between 1 and 3650 days.");
            if (s.getReminderDaysBefore() < 0 || (s.getExpiryDays() > 0 && s.getReminderDaysBefore() >= s.getExpiryDays())) {
                e.put("reminderDaysBefore", "The reminder must come between 0 days and the expiry period before expiry.");
            }
        }
        if (s.getTierBasis() == null) {
            e.put("tierBasis", "Choose what tier thresholds are measured in.");
        }
        idList(e, "excludedProductIds", s.getExcludedProductIds(), "Excluded products must be product ids separated by commas.");
        idList(e, "excludedCategoryIds", s.getExcludedCategoryIds(), "Excluded categories must be category ids separated by commas.");
        if (!idList(e, "voucherSteps", s.getVoucherSteps(), "Voucher steps must be whole point amounts separated by commas, e.g. 500,1000.")) {
            for (Long step : PointsSettings.ids(s.getVoucherSteps())) {
                if (step <= 0 || step > 10_000_000) {
                    e.put("voucherSteps", "Each voucher step must be between 1 and 10,000,000 points.");
                }
            }
        }
        return e;
    }

    private static void range(Map<String, String> e, String field, long v, long min, long max, String message) {
        if (v < min || v > max) {
            e.put(field, message);
        }
    }

    /** Records an error and returns true when {@code csv} is not a list of positive ids. */
    private static boolean idList(Map<String, String> e, String field, String csv, String message) {
        if (csv == null || csv.trim().isEmpty()) {
            return false;
        }
        if (!csv.trim().matches("\\d{1,18}(\\s*,\\s*\\d{1,18})*")) {
            e.put(field, message);
            return true;
        }
        return false;
    }
}
