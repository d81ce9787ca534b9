package org.evergreenloyalty.admin.referrals;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.referral.ReferralQuery;
import org.evergreenloyalty.referral.ReferralStatus;

/**
 * The filter of the admin's referral list as typed: a status (blank: all), a date range of creation days
 * ({@code yyyy-MM-dd}, both ends included, blank: open) and the page (from 1). {@link #read} checks it.
 */
public class ReferralFilterForm {

    /** Referrals per page of the list. */
    public static final int PAGE_SIZE = 25;

    /** The format of the date fields. */
    public static final String DATE_PATTERN = "yyyy-MM-dd";

    private String status;
    private String from;
    private String to;
    private String page;

    /** The filter the form asks for, or null with the problems recorded in {@code errors}. */
    public Filter read(FormErrors errors) {
        ReferralStatus s = null;
        String st = trimmed(status);
        if (!st.isEmpty()) {
            for (ReferralStatus candidate : ReferralStatus.values()) {
                if (candidate.name().equalsIgnoreCase(st)) {
                    s = candidate;
                }
            }
            if (s == null) {
                errors.reject("status", "evergreen.form.chooseOption");
            }
        }
        Date start = day(from, "from", errors);
        Date end = day(to, "to", errors);
        if (start != null && end != null && end.before(start)) {
            errors.reject("to", "evergreen.referrals.filter.endBeforeStart");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Filter(s, start, end == null ? null : nextDay(end), pageNumber(page));
    }

    /** Start of the day {@code text} names in this JVM's time zone; null when blank or wrong (then a problem). */
    static Date day(String text, String field, FormErrors errors) {
        String t = trimmed(text);
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
            errors.reject(field, "evergreen.referrals.filter.dateFormat");
            return null;
        }
        SimpleDateFormat f = new SimpleDateFormat(DATE_PATTERN, Locale.ROOT);
        f.setLenient(false);
        try {
            Date d = f.parse(t);
            Calendar c = Calendar.getInstance();
            c.setTime(d);
            if (c.get(Calendar.YEAR) < 1970 || c.get(Calendar.YEAR) > 9998) {
                errors.reject(field, "evergreen.referrals.filter.dateFormat");
                return null;
            }
            return d;
        } catch (ParseException e) {
            errors.reject(field, "evergreen.referrals.filter.dateFormat");
            return null;
        }
    }

    private static Date nextDay(Date d) {
        Calendar c = Calendar.getInstance();
        c.setTime(d);
        c.add(Calendar.DAY_OF_MONTH, 1);
        return c.getTime();
    }

    private static int pageNumber(String text) {
        String t = trimmed(text);
        return t.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(t)) : 1;
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }

    /** The status as typed ("" for all). */
    public String getStatus() { return status == null ? "" : status; }
    public void setStatus(String status) { this.status = status; }
    /** The first day as typed ("" for no lower bound). */
    public String getFrom() { return from == null ? "" : from; }
    public void setFrom(String from) { this.from = from; }
    /** The last day as typed ("" for no upper bound). */
    public String getTo() { return to == null ? "" : to; }
    public void setTo(String to) { this.to = to; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }

    /** A checked filter: status (null: all), creation instants [from, toExclusive) (null: open) and page (from 1). */
    public static final class Filter {
        private final ReferralStatus status;
        private final Date from;
        private final Date toExclusive;
        private final int page;

        Filter(ReferralStatus status, Date from, Date toExclusive, int page) {
            this.status = status;
            this.from = from;
            this.toExclusive = toExclusive;
            this.page = page;
        }

        public ReferralStatus getStatus() { return status; }
        public Date getFrom() { return from == null ? null : new Date(from.getTime()); }
        public Date getToExclusive() { return toExclusive == null ? null : new Date(toExclusive.getTime()); }
        public int getPage() { return page; }

        /** The engine query of page {@code page} (from 1) for {@code status} (null: all) in this filter's date range. */
        public ReferralQuery query(ReferralStatus status, int page, int pageSize) {
            return new ReferralQuery().status(status).from(from).to(toExclusive).page(page - 1, pageSize);
        }
    }
}
