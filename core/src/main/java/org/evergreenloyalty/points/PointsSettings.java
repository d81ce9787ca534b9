package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

/**
 * The store's points rules (one row): how points are earned, redeemed, held pending and expired, and
 * which e-mails go out. Editable in the admin; first created from the {@code evergreen.points.*} defaults.
 */
public class PointsSettings {

    /** Its table (the changelog's; not mapped: {@link org.evergreenloyalty.config.SingleRowSettingsService}). */
    public static final String TABLE = "EVG_POINTS_SETTINGS";

    /** The id of the single settings row. */
    public static final long SINGLETON_ID = 1L;

    @Column(name = "POINTS_PER_UNIT", nullable = false, precision = 19, scale = 4)
    private BigDecimal pointsPerCurrencyUnit;
    @Column(name = "EARN_ON_SHIPPING", nullable = false)
    private boolean earnOnShipping;
    @Column(name = "EARN_ON_TAX", nullable = false)
    private boolean earnOnTax;
    @Column(name = "EXCLUDED_PRODUCT_IDS", length = 2000)
    private String excludedProductIds;
    @Column(name = "EXCLUDED_CATEGORY_IDS", length = 2000)
    private String excludedCategoryIds;
    @Column(name = "PENDING_DAYS", nullable = false)
    private int pendingDays;
    @Column(name = "SIGNUP_BONUS", nullable = false)
    private long signupBonus;

    @Column(name = "REDEEM_POINTS_PER_UNIT", nullable = false)
    private int redeemPointsPerCurrencyUnit;
    @Column(name = "REDEEM_STEP", nullable = false)
    private int redeemStep;
    @Column(name = "REDEEM_MIN_BALANCE", nullable = false)
    private long redeemMinimumBalance;
    @Column(name = "REDEEM_MAX_SHARE_PCT", nullable = false)
    private int redeemMaxSharePercent;
    @Column(name = "RESERVATION_MINUTES", nullable = false)
    private int reservationMinutes;
    @Column(name = "VOUCHER_STEPS", length = 200)
    private String voucherSteps;

    @Enumerated(EnumType.STRING)
    @Column(name = "EXPIRY_MODE", nullable = false, length = 20)
    private ExpiryMode expiryMode;
    @Column(name = "EXPIRY_DAYS", nullable = false)
    private int expiryDays;
    @Column(name = "REMINDER_DAYS", nullable = false)
    private int reminderDaysBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "TIER_BASIS", nullable = false, length = 30)
    private TierBasis tierBasis;

    @Column(name = "MAIL_AVAILABLE", nullable = false)
    private boolean mailPointsAvailable;
    @Column(name = "MAIL_EXPIRING", nullable = false)
    private boolean mailPointsExpiring;
    @Column(name = "MAIL_TIER", nullable = false)
    private boolean mailTierReached;

    public PointsSettings() {
    }

    /** A detached copy, for editing without touching the managed row. */
    public PointsSettings copy() {
        PointsSettings c = new PointsSettings();
        c.pointsPerCurrencyUnit = pointsPerCurrencyUnit;
        c.earnOnShipping = earnOnShipping;
        c.earnOnTax = earnOnTax;
        c.excludedProductIds = excludedProductIds;
        c.excludedCategoryIds = excludedCategoryIds;
        c.pendingDays = pendingDays;
        c.signupBonus = signupBonus;
        c.redeemPointsPerCurrencyUnit = redeemPointsPerCurrencyUnit;
        c.redeemStep = redeemStep;
        c.redeemMinimumBalance = redeemMinimumBalance;
        c.redeemMaxSharePercent = redeemMaxSharePercent;
        c.reservationMinutes = reservationMinutes;
        c.voucherSteps = voucherSteps;
        c.expiryMode = expiryMode;
        c.expiryDays = expiryDays;
        c.reminderDaysBefore = reminderDaysBefore;
        c.tierBasis = tierBasis;
        c.mailPointsAvailable = mailPointsAvailable;
        c.mailPointsExpiring = mailPointsExpiring;
        c.mailTierReached = mailTierReached;
        return c;
    }

    /** Copies every rule from {@code other} into this row. */
    void copyFrom(PointsSettings other) {
        PointsSettings o = other.copy();
        pointsPerCurrencyUnit = o.pointsPerCurrencyUnit;
        earnOnShipping = o.earnOnShipping;
        earnOnTax = o.earnOnTax;
        excludedProductIds = o.excludedProductIds;
        excludedCategoryIds = o.excludedCategoryIds;
        pendingDays = o.pendingDays;
        signupBonus = o.signupBonus;
        redeemPointsPerCurrencyUnit = o.redeemPointsPerCurrencyUnit;
        redeemStep = o.redeemStep;
        redeemMinimumBalance = o.redeemMinimumBalance;
        redeemMaxSharePercent = o.redeemMaxSharePercent;
        reservationMinutes = o.reservationMinutes;
        voucherSteps = o.voucherSteps;
        expiryMode = o.expiryMode;
        expiryDays = o.expiryDays;
        reminderDaysBefore = o.reminderDaysBefore;
        tierBasis = o.tierBasis;
        mailPointsAvailable = o.mailPointsAvailable;
        mailPointsExpiring = o.mailPointsExpiring;
        mailTierReached = o.mailTierReached;
    }

    /** Product ids that earn nothing. */
    public Set<Long> excludedProducts() { return ids(excludedProductIds); }
    /** Category ids whose products earn nothing. */
    public Set<Long> excludedCategories() { return ids(excludedCategoryIds); }

    /** The voucher sizes in points, ascending. */
    public List<Long> voucherStepList() {
        List<Long> steps = new ArrayList<Long>(ids(voucherSteps));
        Collections.sort(steps);
        return steps;
    }

    /** Parses a comma-separated id list; blank gives an empty set. */
    static Set<Long> ids(String csv) {
        Set<Long> out = new LinkedHashSet<Long>();
        if (csv == null) {
            return out;
        }
        for (String part : csv.split(",")) {
            String t = part.trim();
            if (!t.isEmpty()) {
                out.add(Long.valueOf(t));
            }
        }
        return out;
    }

    public BigDecimal getPointsPerCurrencyUnit() { return pointsPerCurrencyUnit; }
    public void setPointsPerCurrencyUnit(BigDecimal v) { this.pointsPerCurrencyUnit = v; }
    public boolean isEarnOnShipping() { return earnOnShipping; }
    public void setEarnOnShipping(boolean v) { this.earnOnShipping = v; }
    public boolean isEarnOnTax() { return earnOnTax; }
    public void setEarnOnTax(boolean v) { this.earnOnTax = v; }
    public String getExcludedProductIds() { return excludedProductIds; }
    public void setExcludedProductIds(String v) { this.excludedProductIds = v; }
    public String getExcludedCategoryIds() { return excludedCategoryIds; }
    public void setExcludedCategoryIds(String v) { this.excludedCategoryIds = v; }
    public int getPendingDays() { return pendingDays; }
    public void setPendingDays(int v) { this.pendingDays = v; }
    public long getSignupBonus() { return signupBonus; }
    public void setSignupBonus(long v) { this.signupBonus = v; }
    public int getRedeemPointsPerCurrencyUnit() { return redeemPointsPerCurrencyUnit; }
    public void setRedeemPointsPerCurrencyUnit(int v) { this.redeemPointsPerCurrencyUnit = v; }
    public int getRedeemStep() { return redeemStep; }
    public void setRedeemStep(int v) { this.redeemStep = v; }
    public long getRedeemMinimumBalance() { return redeemMinimumBalance; }
    public void setRedeemMinimumBalance(long v) { this.redeemMinimumBalance = v; }
    public int getRedeemMaxSharePercent() { return redeemMaxSharePercent; }
    public void setRedeemMaxSharePercent(int v) { this.redeemMaxSharePercent = v; }
    public int getReservationMinutes() { return reservationMinutes; }
    public void setReservationMinutes(int v) { this.reservationMinutes = v; }
    public String getVoucherSteps() { return voucherSteps; }
    public void setVoucherSteps(String v) { this.voucherSteps = v; }
    public ExpiryMode getExpiryMode() { return expiryMode; }
    public void setExpiryMode(ExpiryMode v) { this.expiryMode = v; }
    public int getExpiryDays() { return expiryDays; }
    public void setExpiryDays(int v) { this.expiryDays = v; }
    public int getReminderDaysBefore() { return reminderDaysBefore; }
    public void setReminderDaysBefore(int v) { this.reminderDaysBefore = v; }
    public TierBasis getTierBasis() { return tierBasis; }
    public void setTierBasis(TierBasis v) { this.tierBasis = v; }
    public boolean isMailPointsAvailable() { return mailPointsAvailable; }
    public void setMailPointsAvailable(boolean v) { this.mailPointsAvailable = v; }
    public boolean isMailPointsExpiring() { return mailPointsExpiring; }
    public void setMailPointsExpiring(boolean v) { this.mailPointsExpiring = v; }
    public boolean isMailTierReached() { return mailTierReached; }
    public void setMailTierReached(boolean v) { this.mailTierReached = v; }
}
