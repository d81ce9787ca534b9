package org.evergreenloyalty.admin.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.evergreenloyalty.admin.form.FormErrors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The period of the review statistics: defaults, whole days in the zone, and a clear message per bad field. */
class StatsPeriodFormTest {

    private static final TimeZone BERLIN = TimeZone.getTimeZone("Europe/Berlin");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    StatsPeriodFormTest() {
        messages.setBasename("messages/EvergreenAdminMessages");
    }

    private FormErrors errors() {
        return new FormErrors(messages, Locale.ENGLISH);
    }

    /** "Now" for the form: a fixed day, so the tests do not depend on today's date. */
    private static final Date NOW = new Date(1717243200000L); // 2024-06-01T12:00:00Z

    private static Date at(String dayAndTime) throws Exception {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        f.setTimeZone(BERLIN);
        return f.parse(dayAndTime);
    }

    private static StatsPeriodForm form(String from, String to) {
        StatsPeriodForm f = new StatsPeriodForm();
        f.setFrom(from);
        f.setTo(to);
        return f;
    }

    @Test
    void blankFieldsMeanTheLast30DaysUpToToday() throws Exception {
        FormErrors errors = errors();
        StatsPeriodForm f = form(null, " ");

        StatsPeriodForm.Period p = f.read(at("2024-03-31 23:30"), BERLIN, errors);

        assertTrue(errors.isEmpty());
        assertEquals("2024-03-02", f.getFrom());
        assertEquals("2024-03-31", f.getTo());
        assertEquals(at("2024-03-02 00:00"), p.getStart());
        assertEquals(at("2024-04-01 00:00"), p.getEnd(), "the last day is included, across the change to summer time");
        assertEquals(at("2024-03-31 00:00"), p.getLastDay());
    }

    @Test
    void oneDayIsAPeriod() throws Exception {
        StatsPeriodForm.Period p = form("2024-02-29", "2024-02-29").read(NOW, BERLIN, errors());
        assertEquals(at("2024-02-29 00:00"), p.getStart());
        assertEquals(at("2024-03-01 00:00"), p.getEnd());
    }

    @Test
    void badDaysAreRefusedWithAMessagePerField() {
        String[][] cases = {
            {"31.03.2024", "2024-03-31", "from", "Enter a day as yyyy-mm-dd, e.g. 2024-03-31."},
            {"2024-03-01", "2023-02-29", "to", "This day does not exist."},
            {"2024-03-01", "2024-13-01", "to", "This day does not exist."},
            {"2024-03-10", "2024-03-09", "to", "The last day must not be before the first day."},
            {"2000-01-01", "2024-03-09", "to", "Choose a period of at most 3660 days."},
        };
        for (String[] c : cases) {
            FormErrors errors = errors();
            assertNull(form(c[0], c[1]).read(NOW, BERLIN, errors), c[0] + ".." + c[1]);
            assertEquals(c[3], errors.get(c[2]), c[0] + ".." + c[1]);
        }
    }
}
