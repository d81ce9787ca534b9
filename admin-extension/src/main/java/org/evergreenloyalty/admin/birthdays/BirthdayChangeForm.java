package org.evergreenloyalty.admin.birthdays;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.birthday.Birthday;

/**
 * The admin's form for setting or correcting a customer's birthday: month, day, optional year and the reason
 * (required, kept in the birthday's history with the admin user), as typed. The birthday engine reads the date;
 * {@link #checkReason} checks the reason so that every problem can be shown at once.
 */
public class BirthdayChangeForm {

    /** The longest reason the history keeps. */
    public static final int MAX_REASON = 500;

    private String month;
    private String day;
    private String year;
    private String reason;

    /** The form showing {@code current} (blank without a birthday) and no reason. */
    public static BirthdayChangeForm of(Birthday current) {
        BirthdayChangeForm f = new BirthdayChangeForm();
        if (current != null) {
            f.month = String.valueOf(current.getMonth());
            f.day = String.valueOf(current.getDay());
            f.year = current.getYear() == null ? "" : String.valueOf(current.getYear());
        }
        return f;
    }

    /** Records a problem of the reason in {@code errors}: missing or too long. */
    public void checkReason(FormErrors errors) {
        String r = getTrimmedReason();
        if (r.isEmpty()) {
            errors.reject("reason", "evergreen.birthdays.change.error.reasonMissing");
        } else if (r.length() > MAX_REASON) {
            errors.reject("reason", "evergreen.birthdays.change.error.reasonTooLong", MAX_REASON);
        }
    }

    /** The reason without surrounding blanks ("" when none). */
    public String getTrimmedReason() {
        return reason == null ? "" : reason.trim();
    }

    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
