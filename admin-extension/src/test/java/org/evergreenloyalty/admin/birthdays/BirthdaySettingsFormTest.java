package org.evergreenloyalty.admin.birthdays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.birthday.BirthdaySettings;
import org.evergreenloyalty.birthday.DiscountKind;
import org.evergreenloyalty.birthday.LeapDayRule;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The birthday settings form: shows settings as text, reads what it can, and keeps the current value of what it cannot. */
class BirthdaySettingsFormTest {

    private static FormErrors errors() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return new FormErrors(messages, Locale.ENGLISH);
    }

    private static BirthdaySettings settings() {
        BirthdaySettings s = new BirthdaySettings();
        s.setEnabled(true);
        s.setDaysBefore(3);
        s.setLateDays(2);
        s.setCodeEnabled(true);
        s.setDiscountKind(DiscountKind.PERCENT);
        s.setDiscountValue(new BigDecimal("10.00"));
        s.setMinimumSubtotal(new BigDecimal("0.00"));
        s.setValidDays(30);
        s.setBonusPoints(0);
        s.setNoticeDays(30);
        s.setChangeIntervalMonths(12);
        s.setLeapDayRule(LeapDayRule.FEB_28);
        s.setTimeZone("");
        s.setCurrencyCode("USD");
        s.setMailEnabled(true);
        return s;
    }

    @Test
    void showsTheSettingsAndReadsThemBackUnchanged() {
        BirthdaySettingsForm f = BirthdaySettingsForm.of(settings());
        assertEquals("10", f.getDiscountValue(), "no trailing zeros");
        assertEquals("0", f.getMinimumSubtotal());
        assertEquals("PERCENT", f.getDiscountKind());
        FormErrors errors = errors();
        BirthdaySettings back = f.applyTo(settings(), errors);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(3, back.getDaysBefore());
        assertEquals(0, new BigDecimal("10").compareTo(back.getDiscountValue()));
        assertEquals("USD", back.getCurrencyCode());
    }

    @Test
    void readsChangedValuesAndKeepsCurrentOnesWhereItCannot() {
        BirthdaySettingsForm f = BirthdaySettingsForm.of(settings());
        f.setDaysBefore(" 7 ");
        f.setDiscountKind("AMOUNT");
        f.setDiscountValue("7,5");
        f.setLeapDayRule("MAR_1");
        f.setCurrencyCode(" eur ");
        f.setTimeZone(" Europe/Berlin ");
        f.setMailEnabled(false);
        f.setValidDays("thirty");
        f.setBonusPoints("");
        FormErrors errors = errors();

        BirthdaySettings s = f.applyTo(settings(), errors);

        assertEquals(7, s.getDaysBefore());
        assertEquals(DiscountKind.AMOUNT, s.getDiscountKind());
        assertEquals(0, new BigDecimal("7.5").compareTo(s.getDiscountValue()));
        assertEquals(LeapDayRule.MAR_1, s.getLeapDayRule());
        assertEquals("EUR", s.getCurrencyCode());
        assertEquals("Europe/Berlin", s.getTimeZone());
        assertFalse(s.isMailEnabled());
        assertEquals(30, s.getValidDays(), "unreadable: the current value stays");
        assertEquals("evergreen.form.wholeNumber", errors.get("validDays"));
        assertEquals("evergreen.form.required", errors.get("bonusPoints"));
        assertEquals(2, errors.getAll().size());
    }

    @Test
    void refusesUnknownOptionsAndMalformedCurrencies() {
        BirthdaySettingsForm f = BirthdaySettingsForm.of(settings());
        f.setDiscountKind("HALF");
        f.setLeapDayRule(null);
        f.setCurrencyCode("US");
        f.setTimeZone(new String(new char[61]).replace('\0', 'x'));
        FormErrors errors = errors();

        BirthdaySettings s = f.applyTo(settings(), errors);

        assertEquals("evergreen.form.chooseOption", errors.get("discountKind"));
        assertEquals("evergreen.form.chooseOption", errors.get("leapDayRule"));
        assertEquals("evergreen.birthdays.settings.error.currency", errors.get("currencyCode"));
        assertEquals("evergreen.birthdays.settings.error.zoneTooLong", errors.get("timeZone"));
        assertEquals(DiscountKind.PERCENT, s.getDiscountKind());
        assertEquals("USD", s.getCurrencyCode());
    }
}
