package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.broadleaf.birthday.BirthdayRegistrationObserver;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Capturing the birthday: shopper, registration form, admin; the edit rule; bad input changes nothing. */
@BroadleafIntegrationTest
class BirthdayCaptureTest extends BirthdayTestBase {

    @AfterEach
    void freshRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
    }

    @Test
    void theShopperEntersTheBirthdayAndMayChangeItOnceATwelvemonth() {
        Customer c = customer();
        assertFalse(birthdays.profile(c.getId()).isKnown());
        assertTrue(birthdays.profile(c.getId()).isChangeAllowed());

        BirthdayProfile p = birthdays.saveByShopper(c.getId(), "7", "4", "1988");
        assertEquals(Birthday.of(7, 4, 1988), p.getBirthday());
        assertTrue(p.isChangeAllowed(), "the first entry does not count as a change");

        p = birthdays.saveByShopper(c.getId(), "7", "14", "1988");
        assertEquals(14, p.getBirthday().getDay(), "a typo fixed");
        LocalDate allowedOn = today().plusMonths(12);
        assertEquals(allowedOn, p.getNextChangeAllowedOn());

        BirthdayException e = assertThrows(BirthdayException.class, () -> birthdays.saveByShopper(c.getId(), "8", "1", ""));
        assertEquals("evergreen.birthday.error.changeTooSoon", e.getMessageKey());
        assertEquals(allowedOn.toString(), e.getArguments()[1]);
        assertEquals(Birthday.of(7, 14, 1988), birthdays.profile(c.getId()).getBirthday(), "nothing changed");

        assertEquals(Birthday.of(7, 14, 1988), birthdays.saveByShopper(c.getId(), "07", "14", "1988").getBirthday(),
                "saving the same birthday again is no change and not refused");

        clock.advance(366 * DAY);
        assertEquals(Birthday.of(8, 1, null), birthdays.saveByShopper(c.getId(), "8", "1", "").getBirthday(), "a year later");

        List<BirthdayChange> history = birthdays.history(c.getId());
        assertEquals(3, history.size());
        assertEquals(Birthday.of(8, 1, null), history.get(0).getNewValue());
        assertEquals(Birthday.of(7, 14, 1988), history.get(0).getOldValue());
        assertNull(history.get(2).getOldValue(), "the first entry");
        assertEquals(ChangeSource.SHOPPER, history.get(0).getSource());
        assertEquals("customer:" + c.getId(), history.get(0).getActor());
    }

    @Test
    void badInputChangesNothing() {
        Customer c = customer();
        birthdays.saveByShopper(c.getId(), "3", "14", "");
        String[][] bad = {
            {"2", "31", "", "evergreen.birthday.error.noSuchDay"},
            {"2", "29", "2023", "evergreen.birthday.error.notLeapYear"},
            {"13", "1", "", "evergreen.birthday.error.monthRange"},
            {"abc", "1", "", "evergreen.birthday.error.monthNotNumber"},
            {"1", "<b>", "", "evergreen.birthday.error.dayNotNumber"},
            {"1", "1", String.valueOf(today().getYear() + 1), "evergreen.birthday.error.yearFuture"},
            {"1", "1", "1066", "evergreen.birthday.error.yearTooOld"},
            {"1", "1", "19x0", "evergreen.birthday.error.yearNotNumber"},
            {"", "", "", "evergreen.birthday.error.monthRequired"},
        };
        for (String[] b : bad) {
            BirthdayException e = assertThrows(BirthdayException.class, () -> birthdays.saveByShopper(c.getId(), b[0], b[1], b[2]));
            assertEquals(b[3], e.getMessageKey(), String.join("/", b));
        }
        assertEquals(Birthday.of(3, 14, null), birthdays.profile(c.getId()).getBirthday());
        assertEquals(1, birthdays.history(c.getId()).size(), "no change recorded");
        assertTrue(birthdays.profile(c.getId()).isChangeAllowed(), "refusals do not use up the yearly change");
    }

    @Test
    void anAdminMayChangeItAnyTimeWithAReasonThatIsRecorded() {
        Customer c = customer();
        birthdays.saveByShopper(c.getId(), "5", "5", "");
        birthdays.saveByShopper(c.getId(), "5", "6", "");
        assertFalse(birthdays.profile(c.getId()).isChangeAllowed());

        BirthdayException noReason = assertThrows(BirthdayException.class,
                () -> birthdays.saveByAdmin(c.getId(), "6", "5", "", "alice", "  "));
        assertEquals("evergreen.birthday.error.reasonRequired", noReason.getMessageKey());
        assertEquals("reason", noReason.getField());
        assertThrows(BirthdayException.class, () -> birthdays.saveByAdmin(c.getId(), "6", "5", "", "alice",
                new String(new char[501]).replace('\0', 'x')));
        assertEquals(Birthday.of(5, 6, null), birthdays.profile(c.getId()).getBirthday());

        BirthdayProfile p = birthdays.saveByAdmin(c.getId(), "6", "5", "", "alice", "Customer called: typo at signup");
        assertEquals(Birthday.of(6, 5, null), p.getBirthday());
        BirthdayChange last = birthdays.history(c.getId()).get(0);
        assertEquals(ChangeSource.ADMIN, last.getSource());
        assertEquals("alice", last.getActor());
        assertEquals("Customer called: typo at signup", last.getReason());
        assertEquals(Birthday.of(5, 6, null), last.getOldValue());
        assertFalse(birthdays.profile(c.getId()).isChangeAllowed(), "the shopper's own rule is unchanged");
    }

    @Test
    void aBirthdayChangedShortlyBeforeEarnsNothingThisYearButItDoesNextYear() {
        Customer c = customer();
        LocalDate soon = today().plusDays(10);
        birthdays.saveByShopper(c.getId(), String.valueOf(soon.getMonthValue()), String.valueOf(soon.getDayOfMonth()), "");
        BirthdayProfile p = birthdays.profile(c.getId());
        assertEquals(soon, p.getNextOccurrence());
        assertFalse(p.isNextOccurrenceEarns());
        assertEquals(new BirthdayCalendar(LeapDayRule.FEB_28).nextOccurrence(java.time.MonthDay.from(soon), soon.plusDays(1)),
                p.getFirstEarningOccurrence(), "the same day next year");

        Customer planner = customer();
        LocalDate later = today().plusDays(45);
        BirthdayProfile q = birthdays.saveByShopper(planner.getId(), String.valueOf(later.getMonthValue()),
                String.valueOf(later.getDayOfMonth()), "");
        assertTrue(q.isNextOccurrenceEarns());
        assertEquals(later, q.getFirstEarningOccurrence());
    }

    @Test
    void theRegistrationFormsBirthdayIsKeptOnceTheCustomerIsRegistered() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter(BirthdayRegistrationObserver.MONTH, "11");
        request.addParameter(BirthdayRegistrationObserver.DAY, "23");
        request.addParameter(BirthdayRegistrationObserver.YEAR, "");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request), true);

        Customer c = customer();

        assertEquals(Birthday.of(11, 23, null), birthdays.profile(c.getId()).getBirthday());
        assertEquals(ChangeSource.REGISTRATION, birthdays.history(c.getId()).get(0).getSource());
        assertNull(request.getSession().getAttribute(BirthdayRegistrationObserver.ERROR_ATTRIBUTE));
    }

    @Test
    void anInvalidRegistrationBirthdayDoesNotBlockTheRegistrationAndIsReported() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter(BirthdayRegistrationObserver.MONTH, "2");
        request.addParameter(BirthdayRegistrationObserver.DAY, "31");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request), true);

        Customer c = customer();

        assertTrue(c.isRegistered());
        assertFalse(birthdays.profile(c.getId()).isKnown());
        Object reported = request.getSession().getAttribute(BirthdayRegistrationObserver.ERROR_ATTRIBUTE);
        assertTrue(reported instanceof BirthdayException);
        assertEquals("evergreen.birthday.error.noSuchDay", ((BirthdayException) reported).getMessageKey());
    }

    @Test
    void registrationWithoutBirthdayFieldsKeepsNothing() {
        Customer c = customer();
        assertFalse(birthdays.profile(c.getId()).isKnown());
        assertTrue(birthdays.history(c.getId()).isEmpty());
    }
}
