package org.evergreenloyalty.admin.settings;

import static org.evergreenloyalty.admin.form.SettingsFieldReader.name;
import static org.evergreenloyalty.admin.form.SettingsFieldReader.plain;
import static org.evergreenloyalty.admin.form.SettingsFieldReader.trimmed;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.form.SettingsFieldReader;
import org.evergreenloyalty.admin.form.SettingsForm;
import org.evergreenloyalty.points.ExpiryMode;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.TierBasis;

/**
 * The points rules form of Loyalty &gt; Settings (earning, pending period, redemption, expiry, tier basis,
 * e-mails) as typed: numbers stay text until {@link #applyTo} reads them, so any input can be shown again
 * next to its problem.
 */
public class PointsSettingsForm implements SettingsForm<PointsSettings> {

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
        f.pointsPerCurrencyUnit = plain(s.getPointsPerCurrencyUnit());
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
        f.expiryMode = name(s.getExpiryMode());
        f.expiryDays = String.valueOf(s.getExpiryDays());
        f.reminderDaysBefore = String.valueOf(s.getReminderDaysBefore());
        f.tierBasis = name(s.getTierBasis());
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
    @Override
    public PointsSettings applyTo(PointsSettings current, FormErrors errors) {
        PointsSettings s = current.copy();
        SettingsFieldReader read = new SettingsFieldReader(errors);
        read.decimal(pointsPerCurrencyUnit, "pointsPerCurrencyUnit", MAX_DECIMALS, s::setPointsPerCurrencyUnit);
        s.setEarnOnShipping(earnOnShipping);
        s.setEarnOnTax(earnOnTax);
        s.setExcludedProductIds(trimmed(excludedProductIds));
        s.setExcludedCategoryIds(trimmed(excludedCategoryIds));
        read.whole(signupBonus, "signupBonus", s::setSignupBonus);
        read.wholeInt(pendingDays, "pendingDays", s::setPendingDays);
        read.wholeInt(redeemPointsPerCurrencyUnit, "redeemPointsPerCurrencyUnit", s::setRedeemPointsPerCurrencyUnit);
        read.wholeInt(redeemStep, "redeemStep", s::setRedeemStep);
        read.whole(redeemMinimumBalance, "redeemMinimumBalance", s::setRedeemMinimumBalance);
        read.wholeInt(redeemMaxSharePercent, "redeemMaxSharePercent", s::setRedeemMaxSharePercent);
        read.wholeInt(reservationMinutes, "reservationMinutes", s::setReservationMinutes);
        s.setVoucherSteps(trimmed(voucherSteps));
        read.option(ExpiryMode.class, expiryMode, "expiryMode", s::setExpiryMode);
        read.wholeInt(expiryDays, "expiryDays", s::setExpiryDays);
        read.wholeInt(reminderDaysBefore, "reminderDaysBefore", s::setReminderDaysBefore);
        read.option(TierBasis.class, tierBasis, "tierBasis", s::setTierBasis);
        s.setMailPointsAvailable(mailPointsAvailable);
        s.setMailPointsExpiring(mailPointsExpiring);
        s.setMailTierReached(mailTierReached);
        return s;
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
