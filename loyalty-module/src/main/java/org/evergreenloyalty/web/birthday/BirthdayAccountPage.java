package org.evergreenloyalty.web.birthday;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The account's birthday page as the template shows it: the form (values, choices, whether it can be
 * changed now), what the next birthday brings, this year's reward, and messages, all texts already in the
 * shopper's language.
 */
public final class BirthdayAccountPage {

    /** One choice of a select box. */
    public static final class Option {
        private final String value;
        private final String label;

        public Option(String value, String label) {
            this.value = value;
            this.label = label;
        }

        public String getValue() { return value; }
        public String getLabel() { return label; }
    }

    /** This year's reward, formatted. */
    public static final class Reward {
        private final String code;
        private final String discount;
        private final String minimum;
        private final String lastValidDay;
        private final long bonusPoints;
        private final String status;
        private final String statusLabel;

        public Reward(String code, String discount, String minimum, String lastValidDay, long bonusPoints, String status,
                      String statusLabel) {
            this.code = code;
            this.discount = discount;
            this.minimum = minimum;
            this.lastValidDay = lastValidDay;
            this.bonusPoints = bonusPoints;
            this.status = status;
            this.statusLabel = statusLabel;
        }

        /** The code, or null for points only. */
        public String getCode() { return code; }
        /** "10%" or "$5.00". */
        public String getDiscount() { return discount; }
        /** The minimum order, or null. */
        public String getMinimum() { return minimum; }
        public String getLastValidDay() { return lastValidDay; }
        public long getBonusPoints() { return bonusPoints; }
        /** ISSUED, USED or EXPIRED (for CSS and tests). */
        public String getStatus() { return status; }
        public String getStatusLabel() { return statusLabel; }
    }

    String month = "";
    String day = "";
    String year = "";
    boolean known;
    boolean changeAllowed = true;
    String changeRule;
    String nextBirthday;
    String nextBirthdayNote;
    boolean birthdayToday;
    Reward reward;
    String error;
    String errorField;
    String notice;
    List<Option> months = new ArrayList<Option>();
    List<Option> days = new ArrayList<Option>();

    /** Form value of the month ("" when none), as the select's value. */
    public String getMonth() { return month; }
    public String getDay() { return day; }
    public String getYear() { return year; }
    /** Whether a birthday is kept. */
    public boolean isKnown() { return known; }
    /** Whether the form can be saved now (false: changed less than the interval ago). */
    public boolean isChangeAllowed() { return changeAllowed; }
    /** The edit rule as a sentence (when the next change is possible). */
    public String getChangeRule() { return changeRule; }
    /** "Your next birthday: ...", or null. */
    public String getNextBirthday() { return nextBirthday; }
    /** Whether/when the birthday earns a reward, or null. */
    public String getNextBirthdayNote() { return nextBirthdayNote; }
    /** Whether the shopper's birthday is today (the page congratulates). */
    public boolean isBirthdayToday() { return birthdayToday; }
    /** This year's reward, or null. */
    public Reward getReward() { return reward; }
    /** The refusal of the last save, or null. */
    public String getError() { return error; }
    /** The field the error belongs to (month, day, year), or null. */
    public String getErrorField() { return errorField; }
    /** A confirmation (saved), or null. */
    public String getNotice() { return notice; }
    public List<Option> getMonths() { return Collections.unmodifiableList(months); }
    public List<Option> getDays() { return Collections.unmodifiableList(days); }
}
