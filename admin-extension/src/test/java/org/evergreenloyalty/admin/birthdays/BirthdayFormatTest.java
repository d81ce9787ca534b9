package org.evergreenloyalty.admin.birthdays;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.evergreenloyalty.birthday.Birthday;
import org.junit.jupiter.api.Test;

/** How the admin pages write birthdays, days and amounts. */
class BirthdayFormatTest {

    private final BirthdayFormat format = new BirthdayFormat(Locale.ENGLISH);

    @Test
    void birthdaysWithAndWithoutYear() {
        assertEquals("14 March", format.birthday(Birthday.of(3, 14, null)));
        assertEquals("29 February 2000", format.birthday(Birthday.of(2, 29, 2000)));
        assertEquals("", format.birthday(null));
    }

    @Test
    void daysAndAmounts() {
        assertEquals("2027-01-02", format.date(LocalDate.of(2027, 1, 2)));
        assertEquals("", format.date(null));
        assertEquals("$25.00", format.money(new BigDecimal("25"), "USD"));
        assertEquals("", format.money(BigDecimal.ZERO, "USD"));
        assertEquals("December", format.monthName(12));
    }
}
