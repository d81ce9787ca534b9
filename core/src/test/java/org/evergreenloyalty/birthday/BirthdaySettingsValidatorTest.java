package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Settings checks: one clear message per bad field. */
class BirthdaySettingsValidatorTest {

    private final BirthdaySettingsValidator validator = new BirthdaySettingsValidator();

    static BirthdaySettings valid() {
        BirthdaySettings s = new BirthdaySettings();
        s.setEnabled(true);
        s.setDaysBefore(0);
        s.setLateDays(3);
        s.setCodeEnabled(true);
        s.setDiscountKind(DiscountKind.PERCENT);
        s.setDiscountValue(new BigDecimal("10"));
        s.setMinimumSubtotal(BigDecimal.ZERO);
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
    void theDefaultsAreValid() {
        assertTrue(validator.validate(valid()).isEmpty());
        BirthdaySettings s = valid();
        s.setTimeZone("Europe/Berlin");
        s.setDiscountKind(DiscountKind.AMOUNT);
        s.setDiscountValue(new BigDecimal("5.50"));
        s.setMinimumSubtotal(new BigDecimal("25"));
        assertTrue(validator.validate(s).isEmpty());
    }

    @Test
    void badValuesGetAMessageEach() {
        BirthdaySettings s = valid();
        s.setDaysBefore(-1);
        s.setLateDays(31);
        s.setValidDays(0);
        s.setBonusPoints(-5);
        s.setNoticeDays(181);
        s.setChangeIntervalMonths(61);
        s.setDiscountValue(new BigDecimal("101"));
        s.setMinimumSubtotal(new BigDecimal("-1"));
        s.setTimeZone("Mars/Olympus");
        s.setCurrencyCode("XXXX");
        s.setLeapDayRule(null);
        Map<String, String> e = validator.validate(s);
        assertEquals("Days before the birthday must be between 0 and 60.", e.get("daysBefore"));
        assertEquals("A percent discount must be at most 100.", e.get("discountValue"));
        assertEquals("'Mars/Olympus' is not a time zone; use an id such as Europe/Berlin.", e.get("timeZone"));
        for (String f : new String[] {"lateDays", "validDays", "bonusPoints", "noticeDays", "changeIntervalMonths",
                "minimumSubtotal", "currencyCode", "leapDayRule"}) {
            assertTrue(e.containsKey(f), f + " in " + e);
        }
    }

    @Test
    void aRewardNeedsACodeOrPoints() {
        BirthdaySettings s = valid();
        s.setCodeEnabled(false);
        assertEquals("Give a discount code, bonus points or both.", validator.validate(s).get("codeEnabled"));
        s.setBonusPoints(100);
        assertTrue(validator.validate(s).isEmpty());
        s.setDiscountValue(BigDecimal.ZERO);
        assertEquals("The discount must be more than 0.", validator.validate(s).get("discountValue"));
    }
}
