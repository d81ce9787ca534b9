package org.evergreenloyalty.test;

import java.math.BigDecimal;

import org.evergreenloyalty.points.ExpiryMode;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.TierBasis;

/** Puts the points rules into the state the tests are written for (the shipped defaults), whatever ran before. */
public final class KnownPointsSettings {

    private KnownPointsSettings() {
    }

    /** Saves the known rules and returns the rules that were there before, for restoring afterwards. */
    public static PointsSettings apply(PointsSettingsService service) {
        PointsSettings original = service.current();
        PointsSettings s = original.copy();
        s.setPointsPerCurrencyUnit(BigDecimal.ONE);
        s.setEarnOnShipping(false);
        s.setEarnOnTax(false);
        s.setExcludedProductIds("");
        s.setExcludedCategoryIds("");
        s.setPendingDays(30);
        s.setSignupBonus(0);
        s.setRedeemPointsPerCurrencyUnit(100);
        s.setRedeemStep(100);
        s.setRedeemMinimumBalance(100);
        s.setRedeemMaxSharePercent(50);
        s.setReservationMinutes(60);
        s.setVoucherSteps("500,1000,2000");
        s.setExpiryMode(ExpiryMode.FIXED_AGE);
        s.setExpiryDays(365);
        s.setReminderDaysBefore(30);
        s.setTierBasis(TierBasis.POINTS_12_MONTHS);
        service.save(s);
        return original;
    }
}
