package org.evergreenloyalty.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * A report period cut into days, months or quarters of the reporting time zone (the first and last bucket cut at
 * the period's ends). {@link #valuesTable(String)} gives the buckets as an SQL table {@code (IDX, LO, HI)}, so one
 * set-based query can group rows by bucket ({@code t.AT >= b.LO and t.AT < b.HI}) on HSQLDB and PostgreSQL alike,
 * whatever the time zone and its daylight-saving changes.
 */
public final class Buckets {

    private final Granularity granularity;
    private final List<LocalDate> firsts;
    private final List<Date> bounds;

    private Buckets(Granularity granularity, List<LocalDate> firsts, List<Date> bounds) {
        this.granularity = granularity;
        this.firsts = Collections.unmodifiableList(firsts);
        this.bounds = Collections.unmodifiableList(bounds);
    }

    /** The buckets of {@code period}, in order. */
    public static Buckets of(ReportPeriod period, Granularity granularity) {
        List<LocalDate> firsts = new ArrayList<LocalDate>();
        List<Date> bounds = new ArrayList<Date>();
        LocalDate day = period.getFirst();
        LocalDate end = period.getLast().plusDays(1);
        while (day.isBefore(end)) {
            firsts.add(day);
            bounds.add(Date.from(day.atStartOfDay(period.getZone()).toInstant()));
            day = granularity.next(granularity.startOf(day));
        }
        bounds.add(period.end());
        return new Buckets(granularity, firsts, bounds);
    }

    /** The whole period as one bucket. */
    public static Buckets whole(ReportPeriod period) {
        List<LocalDate> firsts = new ArrayList<LocalDate>();
        firsts.add(period.getFirst());
        List<Date> bounds = new ArrayList<Date>();
        bounds.add(period.start());
        bounds.add(period.end());
        return new Buckets(null, firsts, bounds);
    }

    /** [from, to) as one bucket (its first day unknown: null). */
    public static Buckets span(Date from, Date to) {
        List<LocalDate> firsts = new ArrayList<LocalDate>();
        firsts.add(null);
        List<Date> bounds = new ArrayList<Date>();
        bounds.add(from);
        bounds.add(to);
        return new Buckets(null, firsts, bounds);
    }

    /** Days, months or quarters; null for {@link #whole(ReportPeriod)}. */
    public Granularity getGranularity() { return granularity; }

    public int size() { return firsts.size(); }

    /** The first day of bucket {@code i}. */
    public LocalDate first(int i) { return firsts.get(i); }

    /** The first instant of bucket {@code i}. */
    public Date lo(int i) { return bounds.get(i); }

    /** The first instant after bucket {@code i}. */
    public Date hi(int i) { return bounds.get(i + 1); }

    /** The first instant of the first bucket. */
    public Date start() { return bounds.get(0); }

    /** The first instant after the last bucket. */
    public Date end() { return bounds.get(bounds.size() - 1); }

    /** Whether every bound is a whole hour of the stored wall-clock time (so hourly summaries add up to buckets). */
    public boolean wholeHours() {
        for (Date d : bounds) {
            if (!SqlTime.isWholeHour(d)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first instants of the buckets as an SQL list {@code (timestamp '..', ...)} for {@code column in (...)}: an
     * index on {@code (column, ...)} is then read once per bucket (PostgreSQL descends it per list value), where a join
     * to {@link #valuesTable} would let the planner scan the whole table.
     */
    public String startsList() {
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(SqlTime.literal(lo(i)));
        }
        return sql.append(')').toString();
    }

    /**
     * The buckets as a derived table {@code (values (0, timestamp '..', timestamp '..'), ...) as alias(IDX, LO, HI)}.
     */
    public String valuesTable(String alias) {
        List<Integer> all = new ArrayList<Integer>();
        for (int i = 0; i < size(); i++) {
            all.add(i);
        }
        return valuesTable(alias, all);
    }

    /** The same with only the buckets {@code indexes} (at least one), keeping their indexes. */
    public String valuesTable(String alias, List<Integer> indexes) {
        StringBuilder sql = new StringBuilder("(values ");
        for (int i : indexes) {
            sql.append(sql.length() == 8 ? "" : ", ").append('(').append(i).append(", ").append(SqlTime.literal(lo(i)))
                    .append(", ").append(SqlTime.literal(hi(i))).append(')');
        }
        return sql.append(") as ").append(alias).append("(IDX, LO, HI)").toString();
    }

    /**
     * Each of {@code days} (day buckets, each inside one of these buckets) with the bucket holding it, as a derived
     * table {@code (values (timestamp '..', 0, timestamp '..'), ...) as alias(D, IDX, LO)}: D the day's start, IDX and
     * LO its bucket's index and start. Rows keyed by day start join it on equality ({@code alias.D = t.DAY_AT}) instead
     * of a range, which is what makes grouping a year of per-day rows by month cheap.
     */
    public String dayIndexTable(String alias, Buckets days) {
        StringBuilder sql = new StringBuilder("(values ");
        int b = 0;
        for (int i = 0; i < days.size(); i++) {
            while (b + 1 < size() && !days.lo(i).before(lo(b + 1))) {
                b++;
            }
            sql.append(i == 0 ? "" : ", ").append('(').append(SqlTime.literal(days.lo(i))).append(", ").append(b).append(", ")
                    .append(SqlTime.literal(lo(b))).append(')');
        }
        return sql.append(") as ").append(alias).append("(D, IDX, LO)").toString();
    }
}
