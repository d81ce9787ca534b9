package org.evergreenloyalty.admin.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.evergreenloyalty.insights.Granularity;
import org.evergreenloyalty.insights.InsightsException;
import org.evergreenloyalty.insights.ReportPeriod;

/**
 * The dashboard's period picker as request parameters: {@code period} = {@code last30} (default), {@code last90},
 * {@code last365}, {@code month} (with {@code month=2026-03}) or {@code custom} (with {@code from} and {@code to},
 * {@code 2026-03-31}); {@code unit} = {@code day} or {@code month} for the roll-forward (default: days up to 92
 * days, months beyond). Turns them into a {@link ReportPeriod}, or an {@link InsightsException} with a clear message.
 */
public class DashboardQuery {

    private String period;
    private String month;
    private String from;
    private String to;
    private String unit;

    /** The period the parameters name, at {@code now} in {@code zone}. */
    public ReportPeriod toPeriod(Date now, ZoneId zone) {
        String p = blank(period) ? "last30" : period.trim();
        switch (p) {
            case "last30":
                return ReportPeriod.lastDays(30, now, zone);
            case "last90":
                return ReportPeriod.lastDays(90, now, zone);
            case "last365":
                return ReportPeriod.lastDays(365, now, zone);
            case "month":
                return ReportPeriod.month(month(month, now, zone), zone);
            case "custom":
                return ReportPeriod.of(date(from), date(to), zone);
            default:
                throw new InsightsException("insights.period.badPreset", shorten(p));
        }
    }

    /** Days for periods up to 92 days, else months; or what {@code unit} asks for. */
    public Granularity granularity(ReportPeriod p) {
        if ("day".equals(unit) && p.days() <= 400) {
            return Granularity.DAY;
        }
        if ("month".equals(unit)) {
            return Granularity.MONTH;
        }
        return p.days() <= 92 ? Granularity.DAY : Granularity.MONTH;
    }

    /** The query string that selects the same period (for links: CSV, granularity). */
    public String queryString() {
        StringBuilder q = new StringBuilder("period=").append(enc(blank(period) ? "last30" : period));
        append(q, "month", month);
        append(q, "from", from);
        append(q, "to", to);
        append(q, "unit", unit);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (!blank(value)) {
            q.append('&').append(name).append('=').append(enc(value));
        }
    }

    private static String enc(String s) {
        try {
            return java.net.URLEncoder.encode(s.trim(), "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static YearMonth month(String s, Date now, ZoneId zone) {
        if (blank(s)) {
            return YearMonth.from(now.toInstant().atZone(zone));
        }
        try {
            return YearMonth.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new InsightsException("insights.period.badMonth", shorten(s));
        }
    }

    private static LocalDate date(String s) {
        if (blank(s)) {
            throw new InsightsException("insights.period.missing");
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new InsightsException("insights.period.badDate", shorten(s));
        }
    }

    private static String shorten(String s) {
        String t = s.trim();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    private static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
}
