package org.evergreenloyalty.admin.birthdays;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.birthday.RewardStatus;

/**
 * The query parameters of the Loyalty &gt; Birthdays page as read: how many days of upcoming birthdays, which
 * year and status of rewards, which page of them. Parameters that cannot be read fall back to their default
 * and leave a problem in {@link #getProblems()}, so a mistyped URL shows a clear note instead of failing.
 */
public final class BirthdaysPageQuery {

    /** Upcoming birthdays shown by default: the next 30 days. */
    public static final int DEFAULT_DAYS = 30;
    /** Furthest look ahead: a year. */
    public static final int MAX_DAYS = 366;
    /** The {@code year} value that lists rewards of every year. */
    public static final String ALL_YEARS = "all";
    /** Earliest and latest years accepted. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2999;

    private final int days;
    private final Integer year;
    private final RewardStatus status;
    private final int page;
    private final int statsYear;
    private final FormErrors problems;

    private BirthdaysPageQuery(int days, Integer year, RewardStatus status, int page, int statsYear, FormErrors problems) {
        this.days = days;
        this.year = year;
        this.status = status;
        this.page = page;
        this.statsYear = statsYear;
        this.problems = problems;
    }

    /**
     * Reads the parameters as typed (null when absent).
     *
     * @param currentYear the store's current year: the default year, and the year of the numbers when all years
     *                    are listed
     */
    public static BirthdaysPageQuery read(String days, String year, String status, String page, int currentYear, FormErrors problems) {
        int d = DEFAULT_DAYS;
        String t = trimmed(days);
        if (!t.isEmpty()) {
            if (t.matches("\\d{1,4}") && Integer.parseInt(t) >= 1 && Integer.parseInt(t) <= MAX_DAYS) {
                d = Integer.parseInt(t);
            } else {
                problems.reject("days", "evergreen.birthdays.query.days", 1, MAX_DAYS, DEFAULT_DAYS);
            }
        }
        Integer y = currentYear;
        t = trimmed(year);
        if (ALL_YEARS.equalsIgnoreCase(t)) {
            y = null;
        } else if (!t.isEmpty()) {
            if (t.matches("\\d{4}") && Integer.parseInt(t) >= MIN_YEAR && Integer.parseInt(t) <= MAX_YEAR) {
                y = Integer.parseInt(t);
            } else {
                problems.reject("year", "evergreen.birthdays.query.year", String.valueOf(currentYear));
            }
        }
        RewardStatus s = null;
        t = trimmed(status);
        if (!t.isEmpty() && !"all".equalsIgnoreCase(t)) {
            for (RewardStatus candidate : RewardStatus.values()) {
                if (candidate.name().equalsIgnoreCase(t)) {
                    s = candidate;
                }
            }
            if (s == null) {
                problems.reject("status", "evergreen.birthdays.query.status");
            }
        }
        int p = 1;
        t = trimmed(page);
        if (!t.isEmpty()) {
            if (t.matches("\\d{1,6}") && Integer.parseInt(t) >= 1) {
                p = Integer.parseInt(t);
            } else {
                problems.reject("page", "evergreen.birthdays.query.page");
            }
        }
        return new BirthdaysPageQuery(d, y, s, p, y == null ? currentYear : y, problems);
    }

    /** The same query on another page of rewards. */
    public BirthdaysPageQuery onPage(int otherPage) {
        return new BirthdaysPageQuery(days, year, status, Math.max(1, otherPage), statsYear, problems);
    }

    /** Days of upcoming birthdays, today included. */
    public int getDays() { return days; }
    /** The year of rewards listed, or null for all years. */
    public Integer getYear() { return year; }
    /** The year parameter as the page's links carry it: the year, or {@value #ALL_YEARS}. */
    public String getYearParam() { return year == null ? ALL_YEARS : String.valueOf(year); }
    /** The status listed, or null for all. */
    public RewardStatus getStatus() { return status; }
    /** The status parameter as links carry it: the status name, or "" for all. */
    public String getStatusParam() { return status == null ? "" : status.name(); }
    /** The page of rewards, from 1. */
    public int getPage() { return page; }
    /** The year the numbers (issued, used share) are for. */
    public int getStatsYear() { return statsYear; }
    /** What could not be read. */
    public FormErrors getProblems() { return problems; }

    /** The page's URL (below the admin root) showing this query. */
    public String url(String sectionPath) {
        StringBuilder b = new StringBuilder(sectionPath);
        b.append("?days=").append(days).append("&year=").append(getYearParam());
        if (status != null) {
            b.append("&status=").append(status.name());
        }
        if (page > 1) {
            b.append("&page=").append(page);
        }
        return b.toString();
    }

    private static String trimmed(String s) {
        return s == null ? "" : s.trim();
    }
}
