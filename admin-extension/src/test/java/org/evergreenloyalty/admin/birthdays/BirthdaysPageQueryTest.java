package org.evergreenloyalty.admin.birthdays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.birthday.RewardStatus;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Reading the Birthdays page's query parameters: defaults, accepted values, fallbacks with a problem, the URL back. */
class BirthdaysPageQueryTest {

    private static FormErrors errors() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return new FormErrors(messages, Locale.ENGLISH);
    }

    @Test
    void absentParametersGiveTheDefaults() {
        BirthdaysPageQuery q = BirthdaysPageQuery.read(null, null, null, null, 2026, errors());
        assertEquals(30, q.getDays());
        assertEquals(Integer.valueOf(2026), q.getYear());
        assertNull(q.getStatus());
        assertEquals(1, q.getPage());
        assertEquals(2026, q.getStatsYear());
        assertTrue(q.getProblems().isEmpty());
        assertEquals("loyalty/birthdays?days=30&year=2026", q.url("loyalty/birthdays"));
    }

    @Test
    void validParametersAreTaken() {
        BirthdaysPageQuery q = BirthdaysPageQuery.read(" 366 ", "2024", "expired", "3", 2026, errors());
        assertEquals(366, q.getDays());
        assertEquals(Integer.valueOf(2024), q.getYear());
        assertEquals(RewardStatus.EXPIRED, q.getStatus());
        assertEquals(3, q.getPage());
        assertEquals(2024, q.getStatsYear());
        assertEquals("loyalty/birthdays?days=366&year=2024&status=EXPIRED&page=3", q.url("loyalty/birthdays"));

        BirthdaysPageQuery all = BirthdaysPageQuery.read("1", "ALL", "all", "1", 2026, errors());
        assertNull(all.getYear());
        assertEquals("all", all.getYearParam());
        assertNull(all.getStatus());
        assertEquals("", all.getStatusParam());
        assertEquals(2026, all.getStatsYear(), "numbers of the current year when all years are listed");
    }

    @Test
    void unreadableParametersFallBackAndSaySo() {
        for (String[] bad : new String[][] {{"0", "1999", "LOST", "0"}, {"367", "20x4", "<b>", "-2"}, {"abc", "3000", "USED2", "1.5"}}) {
            BirthdaysPageQuery q = BirthdaysPageQuery.read(bad[0], bad[1], bad[2], bad[3], 2026, errors());
            assertEquals(30, q.getDays());
            assertEquals(Integer.valueOf(2026), q.getYear());
            assertNull(q.getStatus());
            assertEquals(1, q.getPage());
            assertEquals("evergreen.birthdays.query.days", q.getProblems().get("days"));
            assertEquals("evergreen.birthdays.query.year", q.getProblems().get("year"));
            assertEquals("evergreen.birthdays.query.status", q.getProblems().get("status"));
            assertEquals("evergreen.birthdays.query.page", q.getProblems().get("page"));
        }
    }

    @Test
    void anotherPageKeepsTheRest() {
        BirthdaysPageQuery q = BirthdaysPageQuery.read("14", "all", "USED", "9", 2026, errors()).onPage(2);
        assertEquals("loyalty/birthdays?days=14&year=all&status=USED&page=2", q.url("loyalty/birthdays"));
        assertEquals(1, q.onPage(0).getPage());
    }
}
