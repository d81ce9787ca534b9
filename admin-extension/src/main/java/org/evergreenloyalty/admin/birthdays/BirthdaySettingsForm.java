package org.evergreenloyalty.admin.birthdays;

import static org.evergreenloyalty.admin.form.SettingsFieldReader.name;
import static org.evergreenloyalty.admin.form.SettingsFieldReader.orEmpty;
import static org.evergreenloyalty.admin.form.SettingsFieldReader.plain;
import static org.evergreenloyalty.admin.form.SettingsFieldReader.trimmed;

import java.util.Locale;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.form.SettingsFieldReader;
import org.evergreenloyalty.admin.form.SettingsForm;
import org.evergreenloyalty.birthday.BirthdaySettings;
import org.evergreenloyalty.birthday.DiscountKind;
import org.evergreenloyalty.birthday.LeapDayRule;

/**
 * The birthday settings form of Loyalty &gt; Birthdays (issuing, the code, bonus points, the guards, the leap
 * day, the store's time zone, the e-mail) as typed: numbers stay text until {@link #applyTo} reads them, so any
 * input can be shown again next to its problem. Field names are those of {@link BirthdaySettings}, so the
 * engine's own validation messages land on the right field.
 */
public class BirthdaySettingsForm implements SettingsForm<BirthdaySettings> {

    /** Longest time zone id accepted (the column holds 60). */
    static final int MAX_ZONE_LENGTH = 60;

    private boolean enabled;
    private String daysBefore;
    private String lateDays;
    private boolean codeEnabled;
    private String discountKind;
    private String discountValue;
    private String minimumSubtotal;
    private String validDays;
    private String bonusPoints;
    private String noticeDays;
    private String changeIntervalMonths;
    private String leapDayRule;
    private String timeZone;
    private String currencyCode;
    private boolean mailEnabled;

    /** The form showing {@code s}. */
    public static BirthdaySettingsForm of(BirthdaySettings s) {
        BirthdaySettingsForm f = new BirthdaySettingsForm();
        f.enabled = s.isEnabled();
        f.daysBefore = String.valueOf(s.getDaysBefore());
        f.lateDays = String.valueOf(s.getLateDays());
        f.codeEnabled = s.isCodeEnabled();
        f.discountKind = name(s.getDiscountKind());
        f.discountValue = plain(s.getDiscountValue());
        f.minimumSubtotal = plain(s.getMinimumSubtotal());
        f.validDays = String.valueOf(s.getValidDays());
        f.bonusPoints = String.valueOf(s.getBonusPoints());
        f.noticeDays = String.valueOf(s.getNoticeDays());
        f.changeIntervalMonths = String.valueOf(s.getChangeIntervalMonths());
        f.leapDayRule = name(s.getLeapDayRule());
        f.timeZone = orEmpty(s.getTimeZone());
        f.currencyCode = orEmpty(s.getCurrencyCode());
        f.mailEnabled = s.isMailEnabled();
        return f;
    }

    /**
     * A copy of {@code current} with every field this form could read; fields it could not read keep their
     * current value and get a problem in {@code errors}. The caller saves the result only when {@code errors}
     * stayed empty (and the engine's validator agrees).
     */
    @Override
    public BirthdaySettings applyTo(BirthdaySettings current, FormErrors errors) {
        BirthdaySettings s = current.copy();
        SettingsFieldReader read = new SettingsFieldReader(errors);
        s.setEnabled(enabled);
        read.wholeInt(daysBefore, "daysBefore", s::setDaysBefore);
        read.wholeInt(lateDays, "lateDays", s::setLateDays);
        s.setCodeEnabled(codeEnabled);
        read.option(DiscountKind.class, discountKind, "discountKind", s::setDiscountKind);
        read.decimal(discountValue, "discountValue", s::setDiscountValue);
        read.decimal(minimumSubtotal, "minimumSubtotal", s::setMinimumSubtotal);
        read.wholeInt(validDays, "validDays", s::setValidDays);
        read.whole(bonusPoints, "bonusPoints", s::setBonusPoints);
        read.wholeInt(noticeDays, "noticeDays", s::setNoticeDays);
        read.wholeInt(changeIntervalMonths, "changeIntervalMonths", s::setChangeIntervalMonths);
        read.option(LeapDayRule.class, leapDayRule, "leapDayRule", s::setLeapDayRule);
        read.text(timeZone, "timeZone", MAX_ZONE_LENGTH, "evergreen.birthdays.settings.error.zoneTooLong", s::setTimeZone);
        String currency = trimmed(currencyCode).toUpperCase(Locale.ROOT);
        if (currency.isEmpty()) {
            errors.reject("currencyCode", "evergreen.form.required");
        } else if (!currency.matches("[A-Z]{3}")) {
            errors.reject("currencyCode", "evergreen.birthdays.settings.error.currency");
        } else {
            s.setCurrencyCode(currency);
        }
        s.setMailEnabled(mailEnabled);
        return s;
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { this.enabled = v; }
    public String getDaysBefore() { return daysBefore; }
    public void setDaysBefore(String v) { this.daysBefore = v; }
    public String getLateDays() { return lateDays; }
    public void setLateDays(String v) { this.lateDays = v; }
    public boolean isCodeEnabled() { return codeEnabled; }
    public void setCodeEnabled(boolean v) { this.codeEnabled = v; }
    public String getDiscountKind() { return discountKind; }
    public void setDiscountKind(String v) { this.discountKind = v; }
    public String getDiscountValue() { return discountValue; }
    public void setDiscountValue(String v) { this.discountValue = v; }
    public String getMinimumSubtotal() { return minimumSubtotal; }
    public void setMinimumSubtotal(String v) { this.minimumSubtotal = v; }
    public String getValidDays() { return validDays; }
    public void setValidDays(String v) { this.validDays = v; }
    public String getBonusPoints() { return bonusPoints; }
    public void setBonusPoints(String v) { this.bonusPoints = v; }
    public String getNoticeDays() { return noticeDays; }
    public void setNoticeDays(String v) { this.noticeDays = v; }
    public String getChangeIntervalMonths() { return changeIntervalMonths; }
    public void setChangeIntervalMonths(String v) { this.changeIntervalMonths = v; }
    public String getLeapDayRule() { return leapDayRule; }
    public void setLeapDayRule(String v) { this.leapDayRule = v; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String v) { this.timeZone = v; }
    public String getCurrencyCode() { return currencyCode; }
    public void setCurrencyCode(String v) { this.currencyCode = v; }
    public boolean isMailEnabled() { return mailEnabled; }
    public void setMailEnabled(boolean v) { this.mailEnabled = v; }
}
