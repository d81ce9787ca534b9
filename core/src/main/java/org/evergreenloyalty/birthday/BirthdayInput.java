package org.evergreenloyalty.birthday;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;

/**
 * Turns the birthday fields of a form (month, day, optional year, as typed or chosen) into a
 * {@link Birthday}, or refuses them with a {@link BirthdayException} that says what is wrong: missing
 * values, text, a day the month does not have (31 February), a year in the future or more than
 * {@link #MAX_AGE_YEARS} years back, a date of birth after today.
 */
public final class BirthdayInput {

    /** The oldest birth year accepted is this many years before the current one. */
    public static final int MAX_AGE_YEARS = 120;

    private BirthdayInput() {
    }

    /**
     * Parses the fields.
     *
     * @param today the store's current day (a birth date after it is refused)
     */
    public static Birthday parse(String month, String day, String year, LocalDate today) {
        int m = number("month", month, 2, "evergreen.birthday.error.monthRequired", "Choose the month of your birthday.",
                "evergreen.birthday.error.monthNotNumber", "The month must be a number from 1 to 12.");
        if (m < 1 || m > 12) {
            throw new BirthdayException("month", "evergreen.birthday.error.monthRange", "The month must be a number from 1 to 12.");
        }
        int d = number("day", day, 2, "evergreen.birthday.error.dayRequired", "Choose the day of your birthday.",
                "evergreen.birthday.error.dayNotNumber", "The day must be a number from 1 to 31.");
        int max = Month.of(m).maxLength();
        if (d < 1 || d > 31) {
            throw new BirthdayException("day", "evergreen.birthday.error.dayRange", "The day must be a number from 1 to 31.");
        }
        if (d > max) {
            throw new BirthdayException("day", "evergreen.birthday.error.noSuchDay",
                    "There is no " + d + " " + monthName(m) + ": that month has at most " + max + " days.", d, m, max);
        }
        Integer y = null;
        if (year != null && !year.trim().isEmpty()) {
            y = number("year", year, 4, null, null, "evergreen.birthday.error.yearNotNumber",
                    "The year must be a four-digit number, e.g. 1990, or left empty.");
            if (year.trim().length() != 4) {
                throw new BirthdayException("year", "evergreen.birthday.error.yearNotNumber",
                        "The year must be a four-digit number, e.g. 1990, or left empty.");
            }
            if (y > today.getYear()) {
                throw new BirthdayException("year", "evergreen.birthday.error.yearFuture",
                        "The year " + y + " is in the future.", y);
            }
            if (y < today.getYear() - MAX_AGE_YEARS) {
                throw new BirthdayException("year", "evergreen.birthday.error.yearTooOld",
                        "The year " + y + " is more than " + MAX_AGE_YEARS + " years ago.", y, MAX_AGE_YEARS);
            }
            if (!MonthDay.of(m, d).isValidYear(y)) {
                throw new BirthdayException("day", "evergreen.birthday.error.notLeapYear",
                        y + " was not a leap year: it had no 29 February.", y);
            }
            if (LocalDate.of(y, m, d).isAfter(today)) {
                throw new BirthdayException("year", "evergreen.birthday.error.dateFuture",
                        "That date of birth is in the future.");
            }
        }
        return Birthday.of(m, d, y);
    }

    private static int number(String field, String text, int maxDigits, String requiredKey, String requiredMessage,
                              String notNumberKey, String notNumberMessage) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new BirthdayException(field, requiredKey, requiredMessage);
        }
        if (t.length() > maxDigits) {
            throw new BirthdayException(field, notNumberKey, notNumberMessage);
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                throw new BirthdayException(field, notNumberKey, notNumberMessage);
            }
        }
        return Integer.parseInt(t);
    }

    private static String monthName(int month) {
        String n = Month.of(month).name();
        return n.charAt(0) + n.substring(1).toLowerCase();
    }
}
