package org.evergreenloyalty.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fold behind {@link InsightsSummaryService}.
 * <p>
 * <b>Ledger</b> ({@code EVG_INS_LEDGER_HOUR}): whole hours of the stored wall-clock time up to the hour that ended
 * {@code lagMinutes} ago are folded, in pages of {@code pageHours}, each page deleted and rewritten with its
 * {@code FOLDED_TO} in one transaction. Every run re-folds the last {@code refoldHours} hours (entries committed late
 * into an hour already folded), and first checks that the hours before that window count exactly the ledger's
 * entries before it (ledger entries are never deleted); a difference, a missing summary or a cleared one rebuilds
 * from the first entry. So the summary is exact for every hour before {@code FOLDED_TO} as of the last fold, and
 * the dashboard reads later entries live: its figures equal the raw figures.
 * <p>
 * <b>Orders</b> (through {@link InsightsOrderSource#foldOrders}): completed calendar months of the reporting zone,
 * quarter by quarter; each run re-folds from the start of the quarter that holds the month {@code refoldMonths}
 * before the last fold's end, so cancellations and returns of orders placed in that window are reflected at the
 * next run. Before it, the stored months must still count every placed order and its net revenue
 * ({@link InsightsOrderSource#orderSummaryComplete}); an older order cancelled, returned or written late changes
 * those totals and the orders are rebuilt from the first one. (Only changes that cancel each other out exactly in
 * count and revenue in one run would go unseen; {@link #clear()} forces a rebuild.)
 */
public class DefaultInsightsSummaryService implements InsightsSummaryService {

    private static final long HOUR = 60L * 60 * 1000;

    private final TransactionTemplate tx;
    private final SummaryRepository summaries;
    private final InsightsOrderSource orders;
    private final Clock clock;
    private final ZoneId zone;
    private final int lagMinutes;
    private final int refoldHours;
    private final int pageHours;
    private final int refoldMonths;
    private final DayFolder days;
    private final List<DaySummary> daySummaries;

    public DefaultInsightsSummaryService(PlatformTransactionManager txm, SummaryRepository summaries, InsightsOrderSource orders,
                                         Clock clock, InsightsService insights, int lagMinutes, int refoldHours,
                                         int pageHours, int refoldMonths) {
        this(txm, summaries, orders, clock, insights, lagMinutes, refoldHours, pageHours, refoldMonths, new ArrayList<DaySummary>());
    }

    /** With the per-day summaries {@code daySummaries} (the core's and the platform adapter's), folded after the others. */
    public DefaultInsightsSummaryService(PlatformTransactionManager txm, SummaryRepository summaries, InsightsOrderSource orders,
                                         Clock clock, InsightsService insights, int lagMinutes, int refoldHours,
                                         int pageHours, int refoldMonths, List<DaySummary> daySummaries) {
        this.tx = new TransactionTemplate(txm);
        this.summaries = summaries;
        this.orders = orders;
        this.clock = clock;
        this.zone = insights.zone();
        this.lagMinutes = Math.max(0, lagMinutes);
        this.refoldHours = Math.max(1, refoldHours);
        this.pageHours = Math.max(1, pageHours);
        this.refoldMonths = Math.max(0, refoldMonths);
        this.days = new DayFolder(txm, summaries, zone, Math.max(1, this.pageHours / 24));
        this.daySummaries = new ArrayList<DaySummary>(daySummaries);
        this.daySummaries.addAll(orders.daySummaries());
    }

    @Override
    public FoldReport fold() {
        Date now = clock.now();
        Date target = SqlTime.hourOf(new Date(now.getTime() - lagMinutes * 60_000L));
        long[] ledger = foldLedger(target, now);
        long[] months = foldOrders(new Date(now.getTime() - lagMinutes * 60_000L), now);
        long dayCount = 0;
        boolean daysRebuilt = false;
        for (DaySummary summary : daySummaries) {
            long[] d = days.fold(summary, new Date(now.getTime() - lagMinutes * 60_000L), now);
            dayCount += d[0];
            daysRebuilt |= d[1] == 1;
        }
        return new FoldReport(ledger[0], months[0], ledger[1] == 1, months[1] == 1, dayCount, daysRebuilt);
    }

    @Override
    public void clear() {
        tx.execute(status -> {
            summaries.clear(SummaryRepository.LEDGER);
            summaries.clear(SummaryRepository.ORDERS);
            daySummaries.forEach(d -> summaries.clear(d.name()));
            return null;
        });
    }

    /** Hours folded and 1 when rebuilt. */
    private long[] foldLedger(Date target, Date now) {
        Date folded = tx.execute(status -> summaries.foldedTo(SummaryRepository.LEDGER));
        Date refoldFrom = folded == null ? null
                : SqlTime.hourOf(new Date(Math.min(folded.getTime(), target.getTime()) - refoldHours * HOUR));
        Date from = refoldFrom != null && Boolean.TRUE.equals(tx.execute(status -> summaries.ledgerHoursComplete(refoldFrom)))
                ? refoldFrom : null;
        boolean rebuild = from == null;
        if (rebuild) {
            Date first = tx.execute(status -> summaries.firstEntryAt());
            from = first == null || !first.before(target) ? target : SqlTime.hourOf(first);
            Date start = from;
            tx.execute(status -> {
                summaries.clearLedgerHours();
                summaries.setFoldedTo(SummaryRepository.LEDGER, start, now);
                return null;
            });
        }
        long hours = 0;
        while (from.before(target)) {
            Date lo = from;
            Date hi = new Date(Math.min(target.getTime(), lo.getTime() + pageHours * HOUR));
            tx.execute(status -> {
                summaries.foldLedgerHours(lo, hi);
                summaries.setFoldedTo(SummaryRepository.LEDGER, hi, now);
                return null;
            });
            hours += (hi.getTime() - lo.getTime()) / HOUR;
            Date next = tx.execute(status -> summaries.nextEntryAt(hi));
            from = next == null || !next.before(target) ? target : SqlTime.hourOf(next).after(hi) ? SqlTime.hourOf(next) : hi;
            if (from.after(hi)) {
                Date skipTo = from;
                tx.execute(status -> {
                    summaries.foldLedgerHours(hi, skipTo);
                    summaries.setFoldedTo(SummaryRepository.LEDGER, skipTo, now);
                    return null;
                });
            }
        }
        return new long[] {hours, rebuild ? 1 : 0};
    }

    /** Months folded and 1 when rebuilt. */
    private long[] foldOrders(Date upTo, Date now) {
        YearMonth current = YearMonth.from(upTo.toInstant().atZone(zone));
        Date target = start(current);
        Date folded = tx.execute(status -> summaries.foldedTo(SummaryRepository.ORDERS));
        YearMonth refold = folded == null ? null : quarterOf(YearMonth.from(
                new Date(Math.min(folded.getTime(), target.getTime()) - 1).toInstant().atZone(zone)).minusMonths(refoldMonths));
        Date refoldFrom = refold == null ? null : start(refold);
        boolean rebuild = refold == null || !Boolean.TRUE.equals(tx.execute(status -> orders.orderSummaryComplete(refoldFrom)));
        YearMonth from = rebuild ? firstOrderMonth(target, current) : refold;
        from = quarterOf(from);
        long months = 0;
        boolean firstPage = true;
        while (from.isBefore(current)) {
            YearMonth end = from.plusMonths(3).isAfter(current) ? current : from.plusMonths(3);
            Date lo = start(from);
            Date hi = start(end);
            List<Buckets> complete = new ArrayList<Buckets>();
            complete.add(Buckets.of(ReportPeriod.of(from.atDay(1), end.minusMonths(1).atEndOfMonth(), zone), Granularity.MONTH));
            if (end.equals(from.plusMonths(3))) {
                complete.add(Buckets.of(ReportPeriod.of(from.atDay(1), end.minusMonths(1).atEndOfMonth(), zone), Granularity.QUARTER));
            }
            boolean scratch = rebuild && firstPage;
            tx.execute(status -> {
                orders.foldOrders(lo, hi, complete, scratch);
                summaries.setFoldedTo(SummaryRepository.ORDERS, hi, now);
                return null;
            });
            months += complete.get(0).size();
            firstPage = false;
            Date next = tx.execute(status -> orders.firstPlacedOrderAt(hi));
            YearMonth nextMonth = next == null ? current : quarterOf(YearMonth.from(next.toInstant().atZone(zone)));
            from = nextMonth.isAfter(end) ? (nextMonth.isAfter(current) ? current : nextMonth) : end;
            if (from.isAfter(end)) {
                Date skipTo = start(from);
                tx.execute(status -> {
                    orders.foldOrders(hi, skipTo, new ArrayList<Buckets>(), false);
                    summaries.setFoldedTo(SummaryRepository.ORDERS, skipTo, now);
                    return null;
                });
            }
        }
        if (firstPage) {
            boolean scratch = rebuild;
            tx.execute(status -> {
                if (scratch) {
                    orders.foldOrders(target, target, new ArrayList<Buckets>(), true);
                }
                summaries.setFoldedTo(SummaryRepository.ORDERS, target, now);
                return null;
            });
        }
        return new long[] {months, rebuild ? 1 : 0};
    }

    /** The month of the first placed order, or {@code current} when there is none before {@code target}. */
    private YearMonth firstOrderMonth(Date target, YearMonth current) {
        Date first = tx.execute(status -> orders.firstPlacedOrderAt(null));
        return first == null || !first.before(target) ? current : YearMonth.from(first.toInstant().atZone(zone));
    }

    private Date start(YearMonth month) {
        return Date.from(month.atDay(1).atStartOfDay(zone).toInstant());
    }

    private static YearMonth quarterOf(YearMonth month) {
        LocalDate q = Granularity.QUARTER.startOf(month.atDay(1));
        return YearMonth.from(q);
    }
}
