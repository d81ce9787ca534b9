package org.evergreenloyalty.admin.birthdays;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/** The birthday overview's "issued N days before" sentence has proper singular and plural forms (no "day(s)"). */
class BirthdayStateMessageTest {

    private static String state(int days) {
        String pattern = ResourceBundle.getBundle("messages/EvergreenAdminMessages", Locale.ENGLISH)
                .getString("evergreen.birthdays.state.on");
        return new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {days, "UTC"});
    }

    @Test
    void zeroOneAndManyDaysReadRight() {
        assertEquals("Birthday rewards are issued on the birthday itself; days are counted in the store time zone UTC.", state(0));
        assertEquals("Birthday rewards are issued 1 day before the birthday; days are counted in the store time zone UTC.", state(1));
        assertEquals("Birthday rewards are issued 7 days before the birthday; days are counted in the store time zone UTC.", state(7));
        assertEquals("Birthday rewards are issued 30 days before the birthday; days are counted in the store time zone UTC.", state(30));
    }
}
