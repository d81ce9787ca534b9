package org.evergreenloyalty.birthday;

import java.math.BigDecimal;
import java.time.ZoneId;

import javax.persistence.Column;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

/**
 * The store's birthday rules (one row): when the reward is issued, what it is (a personal code, bonus
 * points or both), how long the code lasts, the guards, and which day it is (the store's time zone).
 * First created from the {@code evergreen.birthday.*} defaults; meant to be edited in the admin.
 */
public class BirthdaySettings {

    /** Its table (the changelog's; not mapped: {@link org.evergreenloyalty.config.SingleRowSettingsService}). */
    public static final String TABLE = "EVG_BIRTHDAY_SETTINGS";

    /** The id of the single settings row. */
    public static final long SINGLETON_ID = 1L;

    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;
    @Column(name = "DAYS_BEFORE", nullable = false)
    private int daysBefore;
    @Column(name = "LATE_DAYS", nullable = false)
    private int lateDays;
    @Column(name = "CODE_ENABLED", nullable = false)
    private boolean codeEnabled;
    @Enumerated(EnumType.STRING)
    @Column(name = "DISCOUNT_KIND", nullable = false, length = 10)
    private DiscountKind discountKind;
    @Column(name = "DISCOUNT_VALUE", nullable = false, precision = 19, scale = 2)
    private BigDecimal discountValue;
    @Column(name = "MIN_SUBTOTAL", nullable = false, precision = 19, scale = 2)
    private BigDecimal minimumSubtotal;
    @Column(name = "VALID_DAYS", nullable = false)
    private int validDays;
    @Column(name = "BONUS_POINTS", nullable = false)
    private long bonusPoints;
    @Column(name = "NOTICE_DAYS", nullable = false)
    private int noticeDays;
    @Column(name = "CHANGE_MONTHS", nullable = false)
    private int changeIntervalMonths;
    @Enumerated(EnumType.STRING)
    @Column(name = "LEAP_DAY_RULE", nullable = false, length = 10)
    private LeapDayRule leapDayRule;
    @Column(name = "TIME_ZONE", length = 60)
    private String timeZone;
    @Column(name = "CURRENCY_CODE", nullable = false, length = 3)
    private String currencyCode;
    @Column(name = "MAIL_ENABLED", nullable = false)
    private boolean mailEnabled;

    public BirthdaySettings() {
    }

    /** A detached copy, for editing without touching the managed row. */
    public BirthdaySettings copy() {
        BirthdaySettings c = new BirthdaySettings();
        c.copyFrom(this);
        return c;
    }

    void copyFrom(BirthdaySettings o) {
        enabled = o.enabled;
        daysBefore = o.daysBefore;
        lateDays = o.lateDays;
        codeEnabled = o.codeEnabled;
        discountKind = o.discountKind;
        discountValue = o.discountValue;
        minimumSubtotal = o.minimumSubtotal;
        validDays = o.validDays;
        bonusPoints = o.bonusPoints;
        noticeDays = o.noticeDays;
        changeIntervalMonths = o.changeIntervalMonths;
        leapDayRule = o.leapDayRule;
        timeZone = o.timeZone;
        currencyCode = o.currencyCode;
        mailEnabled = o.mailEnabled;
    }

    /** The store's time zone: the setting, or the JVM's when it is blank. */
    public ZoneId zone() {
        return timeZone == null || timeZone.trim().isEmpty() ? ZoneId.systemDefault() : ZoneId.of(timeZone.trim());
    }

    /** The date rules of these settings. */
    public BirthdayCalendar calendar() {
        return new BirthdayCalendar(leapDayRule);
    }

    /** False: no rewards are issued (birthdays are still kept). */
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    /** The reward is issued this many days before the birthday (0 = on the day). */
    public int getDaysBefore() { return daysBefore; }
    public void setDaysBefore(int daysBefore) { this.daysBefore = daysBefore; }
    /** A reward missed on its day (job down) is still issued this many days later. */
    public int getLateDays() { return lateDays; }
    public void setLateDays(int lateDays) { this.lateDays = lateDays; }
    /** Whether the reward includes a personal discount code. */
    public boolean isCodeEnabled() { return codeEnabled; }
    public void setCodeEnabled(boolean codeEnabled) { this.codeEnabled = codeEnabled; }
    public DiscountKind getDiscountKind() { return discountKind; }
    public void setDiscountKind(DiscountKind discountKind) { this.discountKind = discountKind; }
    /** Percent (1-100) or amount off. */
    public BigDecimal getDiscountValue() { return discountValue; }
    public void setDiscountValue(BigDecimal discountValue) { this.discountValue = discountValue; }
    /** The order subtotal the code needs (0 = none). */
    public BigDecimal getMinimumSubtotal() { return minimumSubtotal; }
    public void setMinimumSubtotal(BigDecimal minimumSubtotal) { this.minimumSubtotal = minimumSubtotal; }
    /** Days the code can be used, the day of issue included. */
    public int getValidDays() { return validDays; }
    public void setValidDays(int validDays) { this.validDays = validDays; }
    /** Birthday bonus points (0 = none). */
    public long getBonusPoints() { return bonusPoints; }
    public void setBonusPoints(long bonusPoints) { this.bonusPoints = bonusPoints; }
    /** A birthday entered or changed fewer days than this before it occurs earns nothing that year. */
    public int getNoticeDays() { return noticeDays; }
    public void setNoticeDays(int noticeDays) { this.noticeDays = noticeDays; }
    /** A shopper may change the birthday once per this many months. */
    public int getChangeIntervalMonths() { return changeIntervalMonths; }
    public void setChangeIntervalMonths(int changeIntervalMonths) { this.changeIntervalMonths = changeIntervalMonths; }
    public LeapDayRule getLeapDayRule() { return leapDayRule; }
    public void setLeapDayRule(LeapDayRule leapDayRule) { this.leapDayRule = leapDayRule; }
    /** Time zone id (e.g. Europe/Berlin); blank = the JVM's. */
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    /** ISO currency of amount-off codes, for display. */
    public String getCurrencyCode() { return currencyCode; }
    public void setCurrencyCode(String currencyCode) { this.currencyCode = currencyCode; }
    /** Whether the birthday e-mail is sent. */
    public boolean isMailEnabled() { return mailEnabled; }
    public void setMailEnabled(boolean mailEnabled) { this.mailEnabled = mailEnabled; }
}
