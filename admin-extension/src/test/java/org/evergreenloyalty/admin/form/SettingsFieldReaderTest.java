package org.evergreenloyalty.admin.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Each field read either hands its value to the setter or records one clear problem and hands nothing. */
class SettingsFieldReaderTest {

    private final FormErrors errors;
    private final SettingsFieldReader read;
    private final List<Object> set = new ArrayList<Object>();

    SettingsFieldReaderTest() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/EvergreenAdminMessages");
        errors = new FormErrors(messages, Locale.ENGLISH);
        read = new SettingsFieldReader(errors);
    }

    @Test
    void readableValuesReachTheirSetters() {
        read.whole(" 12 ", "a", set::add);
        read.wholeInt("+7", "b", set::add);
        read.decimal("2,5", "c", set::add);
        read.decimal("1.25", "d", 2, set::add);
        read.option(TimeUnit.class, " DAYS ", "e", set::add);
        read.text("  Europe/Berlin ", "f", 13, "evergreen.form.tooLong", set::add);

        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(12L, set.get(0));
        assertEquals(7, set.get(1));
        assertEquals(new BigDecimal("2.5"), set.get(2));
        assertEquals(new BigDecimal("1.25"), set.get(3));
        assertEquals(TimeUnit.DAYS, set.get(4));
        assertEquals("Europe/Berlin", set.get(5));
    }

    @Test
    void unreadableValuesAreProblemsOfTheirFieldsAndSetNothing() {
        read.whole("1.5", "a", set::add);
        read.wholeInt("99999999999", "b", set::add);
        read.decimal("abc", "c", set::add);
        read.decimal("1.125", "d", 2, set::add);
        read.option(TimeUnit.class, "WEEKS", "e", set::add);
        read.option(TimeUnit.class, null, "e2", set::add);
        read.text("abcdef", "f", 5, "evergreen.form.tooLong", set::add);

        assertTrue(set.isEmpty(), set.toString());
        assertEquals("Enter a whole number without decimals.", errors.get("a"));
        assertTrue(errors.has("b"));
        assertTrue(errors.has("c"));
        assertEquals("Use at most 2 decimals.", errors.get("d"));
        assertTrue(errors.has("e"));
        assertTrue(errors.has("e2"));
        assertEquals("Use at most 5 characters.", errors.get("f"));
        assertFalse(errors.has("g"));
    }

    @Test
    void valuesAreShownAsPlainText() {
        assertEquals("10", SettingsFieldReader.plain(new BigDecimal("1.0E+1")));
        assertEquals("7.5", SettingsFieldReader.plain(new BigDecimal("7.500")));
        assertEquals("", SettingsFieldReader.plain(null));
        assertEquals("DAYS", SettingsFieldReader.name(TimeUnit.DAYS));
        assertEquals("", SettingsFieldReader.name(null));
        assertEquals("", SettingsFieldReader.orEmpty(null));
        assertEquals("", SettingsFieldReader.trimmed(null));
        assertEquals("x", SettingsFieldReader.trimmed(" x "));
        assertNull(errors.get("anything"));
    }
}
