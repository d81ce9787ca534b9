package org.evergreenloyalty.admin.settings;

import java.math.BigDecimal;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.form.FormNumbers;
import org.evergreenloyalty.points.ExpiryMode;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.TierBasis;

/**
 * The points rules form of Loyalty &gt; Settings (earning, pending period, redemption, expiry, tier basis,
 * e-mails) as typed: numbers stay text until {@link #applyTo} reads them, so any input can be shown again
 * next to its problem.
 */
public class PointsSettingsForm {

    /** Decimals the settings keep of "points per currency unit". */
    static final int MAX_DECIMALS = 4;

    private String pointsPerCurrencyUnit;
    private boolean earnOnShipping;
    private boolean earnOnTax;
    private String excludedProductIds;
    private String excludedCategoryIds;
    private String signupBonus;
    private String pendingDays;
    private String redeemPointsPerCurrencyUnit;
    private String redeemStep;
    private String redeemMinimumBalance;
    private String redeemMaxSharePercent;
    private String reservationMinutes;
    private String voucherSteps;
    private String expiryMode;
    private String expiryDays;
    private String reminderDaysBefore;
    private String tierBasis;
    private boolean mailPointsAvailable;
    private boolean mailPointsExpiring;
    private boolean mailTierReached;

    /** The form showing {@code s}. */
    public static PointsSettingsForm of(PointsSettings s) {
        PointsSettingsForm f = new PointsSettingsForm();
        f.pointsPerCurrencyUnit = s.getPointsPerCurrencyUnit() == null ? "" : plain(s.getPointsPerCurrencyUnit());
        f.earnOnShipping = s.isEarnOnShipping();
        f.earnOnTax = s.isEarnOnTax();
        f.excludedProductIds = s.getExcludedProductIds();
        f.excludedCategoryIds = s.getExcludedCategoryIds();
        f.signupBonus = String.valueOf(s.getSignupBonus());
        f.pendingDays = String.valueOf(s.getPendingDays());
        f.redeemPointsPerCurrencyUnit = String.valueOf(s.getRedeemPointsPerCurrencyUnit());
        f.redeemStep = String.valueOf(s.getRedeemStep());
        f.redeemMinimumBalance = String.valueOf(s.getRedeemMinimumBalance());
        f.redeemMaxSharePercent = String.valueOf(s.getRedeemMaxSharePercent());
        f.reservationMinutes = String.valueOf(s.getReservationMinutes());
        f.voucherSteps = s.getVoucherSteps();
        f.expiryMode = s.getExpiryMode() == null ? "" : s.getExpiryMode().name();
        f.expiryDays = String.valueOf(s.getExpiryDays());
        f.reminderDaysBefore = String.valueOf(s.getReminderDaysBefore());
        f.tierBasis = s.getTierBasis() == null ? "" : s.getTierBasis().name();
        f.mailPointsAvailable = s.isMailPointsAvailable();
        f.mailPointsExpiring = s.isMailPointsExpiring();
        f.mailTierReached = s.isMailTierReached();
        return f;
    }

    /**
     * A copy of {@code current} with every field this form could read; fields it could not read keep their
     * current value and get a problem in {@code errors}. The caller saves the result only when {@code errors}
     * stayed empty.
     */
    public PointsSettings applyTo(PointsSettings current, FormErrors errors) {
        PointsSettings s = current.copy();
        BigDecimal ppu = FormNumbers.decimal(pointsPerCurrencyUnit, "pointsPerCurrencyUnit", errors);
        if (ppu != null && ppu.stripTrailingZeros().scale() > MAX_DECIMALS) {
            errors.reject("pointsPerCurrencyUnit", "evergreen.form.tooManyDecimals", MAX_DECIMALS);
        } else if (ppu != null) {
            s.setPointsPerCurrencyUnit(ppu);
        }
        s.setEarnOnShipping(earnOnShipping);
        s.setEarnOnTax(earnOnTax);
        s.setExcludedProductIds(trimmed(excludedProductIds));
        s.setExcludedCategoryIds(trimmed(excludedCategoryIds));
        Long bonus = FormNumbers.whole(signupBonus, "signupBonus", errors);
        if (bonus != null) {
            s.setSignupBonus(bonus);
        }
        Integer v = FormNumbers.wholeInt(pendingDays, "pendingDays", errors);
        if (v != null) {
            s.setPendingDays(v);
        }
        v = FormNumbers.wholeInt(redeemPointsPerCurrencyUnit, "redeemPointsPerCurrencyUnit", errors);
        if (v != null) {
            s.setRedeemPointsPerCurrencyUnit(v);
        }
        v = FormNumbers.wholeInt(redeemStep, "redeemStep", errors);
        if (v != null) {
            s.setRedeemStep(v);
        }
        Long min = FormNumbers.whole(redeemMinimumBalance, "redeemMinimumBalance", errors);
        if (min != null) {
            s.setRedeemMinimumBalance(min);
        }
        v = FormNumbers.wholeInt(redeemMaxSharePercent, "redeemMaxSharePercent", errors);
        if (v != null) {
            s.setRedeemMaxSharePercent(v);
        }
        v = FormNumbers.wholeInt(reservationMinutes, "reservationMinutes", errors);
        if (v != null) {
            s.setReservationMinutes(v);
        }
        s.setVoucherSteps(trimmed(voucherSteps));
        ExpiryMode mode = option(ExpiryMode.class, expiryMode, "expiryMode", errors);
        if (mode != null) {
            s.setExpiryMode(mode);
        }
        v = FormNumbers.wholeInt(expiryDays, "expiryDays", errors);
        if (v != null) {
            s.setExpiryDays(v);
        }
        v = FormNumbers.wholeInt(reminderDaysBefore, "reminderDaysBefore", errors);
        if (v != null) {
            s.setReminderDaysBefore(v);
        }
        TierBasis basis = option(TierBasis.class, tierBasis, "tierBasis", errors);
        if (basis != null) {
            s.setTierBasis(basis);
        }
        s.setMailPointsAvailable(mailPointsAvailable);
        s.setMailPointsExpiring(mailPointsExpiring);
        s.setMailTierReached(mailTierReached);
        return s;
    }

    private static <E extends Enum<E>> E option(Class<E> type, String text, String field, FormErrors errors) {
        if (text != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(text.trim())) {
                    return e;
                }
            }
        }
        errors.reject(field, "evergreen.form.chooseOption");
        return null;
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }

    /** A decimal without trailing zeros or exponent, e.g. "1.5" or "2". */
    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    public String getPointsPerCurrencyUnit() { return pointsPerCurrencyUnit; }
    public void setPointsPerCurrencyUnit(String v) { this.pointsPerCurrencyUnit = v; }
    public boolean isEarnOnShipping() { return earnOnShipping; }
    public void setEarnOnShipping(boolean v) { this.earnOnShipping = v; }
    public boolean isEarnOnTax() { return earnOnTax; }
    public void setEarnOnTax(boolean v) { this.earnOnTax = v; }
    public String getExcludedProductIds() { return excludedProductIds; }
    public void setExcludedProductIds(String v) { this.excludedProductIds = v; }
    public String getExcludedCategoryIds() { return excludedCategoryIds; }
    public void setExcludedCategoryIds(String v) { this.excludedCategoryIds = v; }
    public String getSignupBonus() { return signupBonus; }
    public void setSignupBonus(String v) { this.signupBonus = v; }
    public String getPendingDays() { return pendingDays; }
    public void setPendingDays(String v) { this.pendingDays = v; }
    public String getRedeemPointsPerCurrencyUnit() { return redeemPointsPerCurrencyUnit; }
    public void setRedeemPointsPerCurrencyUnit(String v) { this.redeemPointsPerCurrencyUnit = v; }
    public String getRedeemStep() { return redeemStep; }
    public void setRedeemStep(String v) { this.redeemStep = v; }
    public String getRedeemMinimumBalance() { return redeemMinimumBalance; }
    public void setRedeemMinimumBalance(String v) { this.redeemMinimumBalance = v; }
    public String getRedeemMaxSharePercent() { return redeemMaxSharePercent; }
    public void setRedeemMaxSharePercent(String v) { this.redeemMaxSharePercent = v; }
    public String getReservationMinutes() { return reservationMinutes; }
    public void setReservationMinutes(String v) { this.reservationMinutes = v; }
    public String getVoucherSteps() { return voucherSteps; }
    public void setVoucherSteps(String v) { this.voucherSteps = v; }
    public String getExpiryMode() { return expiryMode; }
    public void setExpiryMode(String v) { this.expiryMode = v; }
    public String getExpiryDays() { return expiryDays; }
    public void setExpiryDays(String v) { this.expiryDays = v; }
    public String getReminderDaysBefore() { return reminderDaysBefore; }
    public void setReminderDaysBefore(String v) { this.reminderDaysBefore = v; }
    public String getTierBasis() { return tierBasis; }
    public void setTierBasis(String v) { this.tierBasis = v; }
    public boolean isMailPointsAvailable() { return mailPointsAvailable; }
    public void setMailPointsAvailable(boolean v) { this.mailPointsAvailable = v; }
    public boolean isMailPointsExpiring() { return mailPointsExpiring; }
    public void setMailPointsExpiring(boolean v) { this.mailPointsExpiring = v; }
    public boolean isMailTierReached() { return mailTierReached; }
    public void setMailTierReached(boolean v) { this.mailTierReached = v; }
}
