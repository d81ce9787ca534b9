package org.evergreenloyalty.insights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds a {@link DaySummary}: the whole days of the reporting zone up to the day that holds the moment {@code lag}
 * ago, in pages of {@code pageDays}, each page rewritten with its {@code FOLDED_TO} in one transaction. Every run
 * folds again from {@link DaySummary#refoldDays()} days before the last fold's end, after checking that the days
 * before that still match the source ({@link DaySummary#complete}); a mismatch, a missing or a cleared summary rebuilds
 * it from its first source row. So the summary is exact for every day before {@code FOLDED_TO} as of the last fold.
 */
public class DayFolder {

    private final TransactionTemplate tx;
    private final SummaryRepository summaries;
    private final ZoneId zone;
    private final int pageDays;

    public DayFolder(PlatformTransactionManager txm, SummaryRepository summaries, ZoneId zone, int pageDays) {
        this.tx = new TransactionTemplate(txm);
        this.summaries = summaries;
        this.zone = zone;
        this.pageDays = Math.max(1, pageDays);
    }

    /**
     * Folds {@code summary} up to the start of the day holding {@code upTo} ({@link DaySummary#lagDays()} days earlier);
     * days folded and 1 when rebuilt.
     */
    public long[] fold(DaySummary summary, Date upTo, Date now) {
        LocalDate target = day(upTo).minusDays(summary.lagDays());
        Date folded = tx.execute(status -> summaries.foldedTo(summary.name()));
        LocalDate refold = folded == null ? null
                : (folded.before(start(target)) ? day(new Date(folded.getTime() - 1)) : target).minusDays(summary.refoldDays());
        boolean rebuild = refold == null || !Boolean.TRUE.equals(tx.execute(status -> summary.complete(start(refold))));
        LocalDate from = refold;
        if (rebuild) {
            Date first = tx.execute(status -> summary.firstSourceAt());
            from = first == null || !first.before(start(target)) ? target : day(first);
            LocalDate begin = from;
            tx.execute(status -> {
                summary.clearAll();
                summaries.clearPrefix(summary.name().substring(0, summary.name().indexOf('@') + 1));
                summaries.setFoldedTo(summary.name(), start(begin), now);
                return null;
            });
        }
        long days = 0;
        while (from.isBefore(target)) {
            LocalDate lo = from;
            LocalDate hi = from.plusDays(pageDays).isAfter(target) ? target : from.plusDays(pageDays);
            tx.execute(status -> {
                summary.fold(Buckets.of(ReportPeriod.of(lo, hi.minusDays(1), zone), Granularity.DAY));
                summaries.setFoldedTo(summary.name(), start(hi), now);
                return null;
            });
            days += java.time.temporal.ChronoUnit.DAYS.between(lo, hi);
            Date next = hi.isBefore(target) ? tx.execute(status -> summary.nextSourceAt(start(hi))) : null;
            from = next == null || !next.before(start(target)) ? target : day(next).isAfter(hi) ? day(next) : hi;
            if (from.isAfter(hi)) {
                // no source rows in between: nothing to write (the page deleted every later row)
                LocalDate skipTo = from;
                tx.execute(status -> {
                    summaries.setFoldedTo(summary.name(), start(skipTo), now);
                    return null;
                });
            }
        }
        if (days == 0) {
            tx.execute(status -> {
                summaries.setFoldedTo(summary.name(), start(target), now);
                return null;
            });
        }
        return new long[] {days, rebuild ? 1 : 0};
    }

    /**
     * The whole days of {@code zone} a per-day summary folded to {@code folded} holds of [from, to): from {@code from}
     * to the earlier of {@code to} and {@code folded}; null when there are none or when {@code from} or that end is not
     * the start of a day of {@code zone} (a report in another zone reads live).
     */
    public static Buckets foldedDays(Date from, Date to, Date folded, ZoneId zone) {
        if (folded == null) {
            return null;
        }
        Date split = folded.before(to) ? folded : to;
        if (!split.after(from) || !dayStart(from, zone) || !dayStart(split, zone)) {
            return null;
        }
        LocalDate first = from.toInstant().atZone(zone).toLocalDate();
        LocalDate end = split.toInstant().atZone(zone).toLocalDate();
        return Buckets.of(ReportPeriod.of(first, end.minusDays(1), zone), Granularity.DAY);
    }

    /**
     * Whether the database is PostgreSQL: the folds then compute the previous and next days and running totals with
     * window functions in the insert itself (one write per row); elsewhere (HSQLDB) with correlated updates.
     */
    public static boolean windowFunctions(javax.persistence.EntityManager em) {
        return org.evergreenloyalty.support.JdbcBatch.isPostgres(em);
    }

    /** Whether {@code at} is the first instant of a day of {@code zone}. */
    public static boolean dayStart(Date at, ZoneId zone) {
        return Date.from(at.toInstant().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant()).equals(at);
    }

    private LocalDate day(Date at) {
        return at.toInstant().atZone(zone).toLocalDate();
    }

    private Date start(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
