package org.evergreenloyalty.admin.reviews;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import org.evergreenloyalty.admin.form.FormErrors;

/**
 * The period of the review statistics as typed: a first and a last day ({@code yyyy-MM-dd}, both included, in
 * the server's time zone). Blank fields mean the default, the last {@value #DEFAULT_DAYS} days up to today.
 * {@link #read} turns it into a {@link Period} or records what is wrong with it.
 */
public class StatsPeriodForm {

    /** Days of the default period (today included). */
    public static final int DEFAULT_DAYS = 30;
    /** Longest period the page computes. */
    public static final int MAX_DAYS = 3660;
    /** How days are typed and shown. */
    public static final String DAY_PATTERN = "yyyy-MM-dd";

    private String from;
    private String to;

    /** The form of the default period ending on the day of {@code today}. */
    public static StatsPeriodForm lastDays(Date today, TimeZone zone) {
        StatsPeriodForm f = new StatsPeriodForm();
        Date first = addDays(startOfDay(today, zone), -(DEFAULT_DAYS - 1), zone);
        f.from = format(first, zone);
        f.to = format(today, zone);
        return f;
    }

    /**
     * The period the form describes (blank fields filled in with the default first), or null with the problems
     * recorded in {@code errors} under {@code from} and {@code to}.
     */
    public Period read(Date today, TimeZone zone, FormErrors errors) {
        StatsPeriodForm defaults = lastDays(today, zone);
        if (from == null || from.trim().isEmpty()) {
            from = defaults.from;
        }
        if (to == null || to.trim().isEmpty()) {
            to = defaults.to;
        }
        Date first = day(from, "from", zone, errors);
        Date last = day(to, "to", zone, errors);
        if (first == null || last == null) {
            return null;
        }
        if (last.before(first)) {
            errors.reject("to", "evergreen.reviews.stats.error.order");
            return null;
        }
        Date end = addDays(last, 1, zone);
        long days = Math.round((end.getTime() - first.getTime()) / (24 * 3600 * 1000.0));
        if (days > MAX_DAYS) {
            errors.reject("to", "evergreen.reviews.stats.error.tooLong", String.valueOf(MAX_DAYS));
            return null;
        }
        return new Period(first, end, last);
    }

    private static Date day(String text, String field, TimeZone zone, FormErrors errors) {
        String t = text.trim();
        if (!t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            errors.reject(field, "evergreen.reviews.stats.error.format");
            return null;
        }
        SimpleDateFormat f = formatter(zone);
        f.setLenient(false);
        try {
            return f.parse(t);
        } catch (ParseException e) {
            errors.reject(field, "evergreen.reviews.stats.error.noSuchDay");
            return null;
        }
    }

    private static SimpleDateFormat formatter(TimeZone zone) {
        SimpleDateFormat f = new SimpleDateFormat(DAY_PATTERN);
        f.setTimeZone(zone);
        return f;
    }

    static String format(Date d, TimeZone zone) {
        return formatter(zone).format(d);
    }

    private static Date startOfDay(Date d, TimeZone zone) {
        Calendar c = Calendar.getInstance(zone);
        c.setTime(d);
        c.set(Calendar.HOUR_OF_DAY, 0);
        c.set(Calendar.MINUTE, 0);
        c.set(Calendar.SECOND, 0);
        c.set(Calendar.MILLISECOND, 0);
        return c.getTime();
    }

    private static Date addDays(Date d, int days, TimeZone zone) {
        Calendar c = Calendar.getInstance(zone);
        c.setTime(d);
        c.add(Calendar.DAY_OF_MONTH, days);
        return c.getTime();
    }

    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }

    /** A checked period: [start, end) in time, and the last day included (for showing it). */
    public static final class Period {
        private final Date start;
        private final Date end;
        private final Date lastDay;

        Period(Date start, Date end, Date lastDay) {
            this.start = start;
            this.end = end;
            this.lastDay = lastDay;
        }

        /** The first moment of the first day. */
        public Date getStart() { return new Date(start.getTime()); }
        /** The first moment after the last day. */
        public Date getEnd() { return new Date(end.getTime()); }
        /** The last day included. */
        public Date getLastDay() { return new Date(lastDay.getTime()); }
    }
}
