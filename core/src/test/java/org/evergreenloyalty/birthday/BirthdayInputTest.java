package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Form text to birthday: what is accepted, and the clear refusal of everything else. */
class BirthdayInputTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static BirthdayException refused(String month, String day, String year) {
        return assertThrows(BirthdayException.class, () -> BirthdayInput.parse(month, day, year, TODAY));
    }

    @Test
    void acceptsMonthAndDayWithOrWithoutYear() {
        Birthday b = BirthdayInput.parse("3", "14", "", TODAY);
        assertEquals(3, b.getMonth());
        assertEquals(14, b.getDay());
        assertNull(b.getYear());
        assertEquals(314, b.monthDayKey());
        assertEquals("--03-14", b.toString());
        assertEquals(b, Birthday.parse(b.toString()));

        Birthday withYear = BirthdayInput.parse(" 03 ", " 09 ", " 1990 ", TODAY);
        assertEquals(Integer.valueOf(1990), withYear.getYear());
        assertEquals(LocalDate.of(1990, 3, 9), withYear.dateOfBirth());
        assertEquals(withYear, Birthday.parse("1990-03-09"));
        assertNull(BirthdayInput.parse("12", "31", null, TODAY).getYear(), "a missing year is fine");
    }

    @Test
    void leapDayWithoutYearOrInALeapYearIsFineButNotInOtherYears() {
        assertTrue(BirthdayInput.parse("2", "29", "", TODAY).isLeapDay());
        assertEquals(Integer.valueOf(2000), BirthdayInput.parse("2", "29", "2000", TODAY).getYear());
        BirthdayException e = refused("2", "29", "1990");
        assertEquals("evergreen.birthday.error.notLeapYear", e.getMessageKey());
        assertEquals("day", e.getField());
        assertTrue(e.getMessage().contains("1990 was not a leap year"), e.getMessage());
        assertEquals("evergreen.birthday.error.notLeapYear", refused("2", "29", "1910").getMessageKey());
    }

    @Test
    void impossibleDaysAreRefusedWithTheMonthsLength() {
        BirthdayException feb31 = refused("2", "31", "");
        assertEquals("evergreen.birthday.error.noSuchDay", feb31.getMessageKey());
        assertEquals("day", feb31.getField());
        assertEquals("There is no 31 February: that month has at most 29 days.", feb31.getMessage());
        assertEquals("evergreen.birthday.error.noSuchDay", refused("2", "30", "").getMessageKey());
        assertEquals("evergreen.birthday.error.noSuchDay", refused("4", "31", "").getMessageKey());
        assertEquals("evergreen.birthday.error.noSuchDay", refused("11", "31", "").getMessageKey());
        assertEquals("evergreen.birthday.error.dayRange", refused("1", "32", "").getMessageKey());
        assertEquals("evergreen.birthday.error.dayRange", refused("1", "0", "").getMessageKey());
        assertEquals("evergreen.birthday.error.monthRange", refused("13", "1", "").getMessageKey());
        assertEquals("evergreen.birthday.error.monthRange", refused("0", "1", "").getMessageKey());
    }

    @Test
    void textAndMissingValuesAreRefused() {
        assertEquals("evergreen.birthday.error.monthNotNumber", refused("March", "3", "").getMessageKey());
        assertEquals("evergreen.birthday.error.monthNotNumber", refused("-1", "3", "").getMessageKey());
        assertEquals("evergreen.birthday.error.monthNotNumber", refused("1e1", "3", "").getMessageKey());
        assertEquals("evergreen.birthday.error.dayNotNumber", refused("3", "fourteenth", "").getMessageKey());
        assertEquals("evergreen.birthday.error.dayNotNumber", refused("3", "1 4", "").getMessageKey());
        assertEquals("evergreen.birthday.error.dayNotNumber", refused("3", "014", "").getMessageKey());
        assertEquals("evergreen.birthday.error.yearNotNumber", refused("3", "14", "nineteen").getMessageKey());
        assertEquals("evergreen.birthday.error.yearNotNumber", refused("3", "14", "90").getMessageKey());
        assertEquals("evergreen.birthday.error.yearNotNumber", refused("3", "14", "19900").getMessageKey());
        assertEquals("evergreen.birthday.error.yearNotNumber", refused("3", "14", "'; drop table x").getMessageKey());
        assertEquals("evergreen.birthday.error.monthRequired", refused("", "14", "").getMessageKey());
        assertEquals("evergreen.birthday.error.monthRequired", refused(null, "14", "").getMessageKey());
        assertEquals("evergreen.birthday.error.dayRequired", refused("3", "  ", "").getMessageKey());
        assertEquals("month", refused("x", "y", "z").getField(), "the first bad field is reported");
    }

    @Test
    void futureAndAbsurdYearsAreRefused() {
        BirthdayException future = refused("1", "1", "2026");
        assertEquals("evergreen.birthday.error.yearFuture", future.getMessageKey());
        assertEquals("year", future.getField());
        assertEquals(2026, future.getArguments()[0]);
        assertEquals("evergreen.birthday.error.yearFuture", refused("1", "1", "9999").getMessageKey());
        assertEquals("evergreen.birthday.error.dateFuture", refused("6", "16", "2025").getMessageKey(), "tomorrow, this year");
        assertEquals(Integer.valueOf(2025), BirthdayInput.parse("6", "15", "2025", TODAY).getYear(), "born today");
        assertEquals("evergreen.birthday.error.yearTooOld", refused("1", "1", "1850").getMessageKey());
        assertEquals("evergreen.birthday.error.yearTooOld", refused("1", "1", "0001").getMessageKey());
        assertEquals(Integer.valueOf(1905), BirthdayInput.parse("1", "1", "1905", TODAY).getYear(), "120 years back is accepted");
        assertEquals("evergreen.birthday.error.yearTooOld", refused("1", "1", "1904").getMessageKey());
    }

    @Test
    void trustedValuesAreCheckedToo() {
        assertThrows(IllegalArgumentException.class, () -> Birthday.of(2, 30, null));
        assertThrows(IllegalArgumentException.class, () -> Birthday.of(2, 29, 2023));
        assertThrows(IllegalArgumentException.class, () -> Birthday.of(13, 1, null));
        assertThrows(IllegalArgumentException.class, () -> Birthday.parse("garbage"));
    }
}
