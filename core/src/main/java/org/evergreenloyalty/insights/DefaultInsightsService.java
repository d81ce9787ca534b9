package org.evergreenloyalty.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the reports from the ledger's aggregates ({@link InsightsRepository}) and the platform's order
 * aggregates ({@link InsightsOrderSource}), each report in one read-only transaction.
 */
public class DefaultInsightsService implements InsightsService {

    /** The most cohort months one table shows. */
    public static final int MAX_COHORTS = 24;
    /** Days of each window of the before/after-joining estimate. */
    public static final int WINDOW_DAYS = 90;
    private static final long DAY = 24L * 60 * 60 * 1000;

    private final TransactionTemplate tx;
    private final InsightsRepository repository;
    private final InsightsOrderSource orders;
    private final PointsSettingsService pointsSettings;
    private final InsightsSettingsService settings;
    private final Clock clock;
    private final ZoneId zone;
    private final SummaryRepository summaries;
    private LedgerActivitySummary activity;
    private FunnelDaySummary counts;

    public DefaultInsightsService(PlatformTransactionManager txm, InsightsRepository repository, InsightsOrderSource orders,
                                  PointsSettingsService pointsSettings, InsightsSettingsService settings, Clock clock,
                                  String timeZone) {
        this(txm, repository, orders, pointsSettings, settings, clock, timeZone, null);
    }

    /** With {@code summaries}: the ledger figures read the hourly summary and only the recent tail live. */
    public DefaultInsightsService(PlatformTransactionManager txm, InsightsRepository repository, InsightsOrderSource orders,
                                  PointsSettingsService pointsSettings, InsightsSettingsService settings, Clock clock,
                                  String timeZone, SummaryRepository summaries) {
        this.summaries = summaries;
        this.tx = new TransactionTemplate(txm);
        this.tx.setReadOnly(true);
        this.repository = repository;
        this.orders = orders;
        this.pointsSettings = pointsSettings;
        this.settings = settings;
        this.clock = clock;
        this.zone = zoneOf(timeZone);
    }

    /** The reporting zone of the setting {@code evergreen.insights.timeZone}: the JVM's when blank. */
    public static ZoneId zoneOf(String timeZone) {
        return timeZone == null || timeZone.trim().isEmpty() ? ZoneId.systemDefault() : ZoneId.of(timeZone.trim());
    }

    /** Reads the active members from the members' active days ({@code EVG_INS_ACTIVITY_DAY}) as far as folded. */
    public void setActivity(LedgerActivitySummary activity) {
        this.activity = activity;
    }

    /** Reads health's order points of whole days from the per-day counts ({@code EVG_INS_FUNNEL_DAY}) as far as folded. */
    public void setCounts(FunnelDaySummary counts) {
        this.counts = counts;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public PointsAccounting accounting(final ReportPeriod period, final Granularity granularity) {
        final int ratio = pointsSettings.current().getRedeemPointsPerCurrencyUnit();
        final int expected = settings.current().getExpectedRedemptionPercent();
        return tx.execute(status -> {
            Buckets buckets = Buckets.of(period, granularity);
            Date folded = ledgerFoldedTo();
            long[] open = repository.balancesBefore(period.start(), folded);
            List<Movements> moves = repository.movements(buckets, folded);
            List<RollForwardRow> rows = new ArrayList<RollForwardRow>();
            long available = open[0];
            long pending = open[1];
            Movements all = new Movements();
            for (int i = 0; i < buckets.size(); i++) {
                LocalDate last = i + 1 < buckets.size() ? buckets.first(i + 1).minusDays(1) : period.getLast();
                RollForwardRow row = new RollForwardRow(buckets.first(i), last, available, pending, moves.get(i));
                rows.add(row);
                available = row.getClosing();
                pending = row.getPendingClosing();
                all = all.plus(moves.get(i));
            }
            RollForwardRow total = new RollForwardRow(period.getFirst(), period.getLast(), open[0], open[1], all);
            return new PointsAccounting(period, rows, total, ratio, expected);
        });
    }

    @Override
    public ProgramHealth health(final ReportPeriod period) {
        return tx.execute(status -> {
            Date from = period.start();
            Date to = period.end();
            Movements m = repository.movements(Buckets.whole(period), ledgerFoldedTo()).get(0);
            long issued = m.available(EntryType.EARN) + m.pending(EntryType.EARN) + m.available(EntryType.BONUS);
            long redeemed = -m.available(EntryType.REDEEM);
            long placed = orders.placedOrders(from, to);
            return new ProgramHealth(issued, redeemed, placed, orderPoints(from, to),
                    repository.membersBefore(to), activeMembers(from, to), repository.vouchers(from, to));
        });
    }

    /** {@link InsightsRepository#orderPoints}: the stored days from the per-day counts, the days after the fold live. */
    private long[] orderPoints(Date from, Date to) {
        Buckets stored = counts == null || summaries == null ? null
                : DayFolder.foldedDays(from, to, summaries.foldedTo(counts.name()), counts.zone());
        if (stored == null) {
            return repository.orderPoints(from, to);
        }
        long[] s = counts.sums(stored);
        long[] r = {FunnelDaySummary.of(s, "OP", false), FunnelDaySummary.of(s, "OP_EARNING", false),
            FunnelDaySummary.of(s, "OP_REDEEMING", false), FunnelDaySummary.of(s, "OP", true), FunnelDaySummary.of(s, "OP_REDEEMING", true)};
        if (stored.end().before(to)) {
            long[] live = repository.orderPoints(stored.end(), to);
            for (int i = 0; i < r.length; i++) {
                r[i] += live[i];
            }
        }
        return r;
    }

    private long activeMembers(Date from, Date to) {
        if (activity == null || summaries == null) {
            return repository.activeMembers(from, to);
        }
        return activity.activeCustomers(from, to,
                DayFolder.foldedDays(from, to, summaries.foldedTo(activity.name()), activity.zone()));
    }

    /** How far the hourly ledger summary is folded (null: none, read everything live). */
    private Date ledgerFoldedTo() {
        return summaries == null ? null : summaries.foldedTo(SummaryRepository.LEDGER);
    }

    @Override
    public List<RetentionRow> retention(final ReportPeriod period, final Granularity granularity) {
        if (granularity == Granularity.DAY) {
            throw new IllegalArgumentException("retention is by month or quarter");
        }
        return tx.execute(status -> {
            LocalDate first = granularity.startOf(period.getFirst());
            LocalDate before = granularity == Granularity.MONTH ? first.minusMonths(1) : first.minusMonths(3);
            LocalDate last = granularity.next(granularity.startOf(period.getLast())).minusDays(1);
            Buckets buckets = Buckets.of(ReportPeriod.of(before, last, period.getZone()), granularity);
            List<OrderFigures> figures = orders.figuresByBucket(buckets);
            List<RetentionRow> rows = new ArrayList<RetentionRow>();
            for (int i = 1; i < buckets.size(); i++) {
                LocalDate end = i + 1 < buckets.size() ? buckets.first(i + 1).minusDays(1) : last;
                rows.add(new RetentionRow(buckets.first(i), end, figures.get(i - 1).getCustomers(), figures.get(i)));
            }
            return rows;
        });
    }

    @Override
    public CohortTable cohorts(final ReportPeriod period) {
        return tx.execute(status -> {
            YearMonth lastMonth = YearMonth.from(period.getLast());
            YearMonth firstMonth = YearMonth.from(period.getFirst());
            if (firstMonth.plusMonths(MAX_COHORTS - 1).isBefore(lastMonth)) {
                firstMonth = lastMonth.minusMonths(MAX_COHORTS - 1);
            }
            Buckets months = Buckets.of(ReportPeriod.of(firstMonth.atDay(1), lastMonth.atEndOfMonth(), period.getZone()),
                    Granularity.MONTH);
            List<YearMonth> labels = new ArrayList<YearMonth>();
            for (int i = 0; i < months.size(); i++) {
                labels.add(YearMonth.from(months.first(i)));
            }
            return new CohortTable(labels, orders.cohorts(months));
        });
    }

    @Override
    public MemberComparison members(final ReportPeriod period) {
        return tx.execute(status -> {
            Date from = period.start();
            Date to = period.end();
            OrderFigures[] split = orders.membersAndOthers(from, to);
            OrderFigures members = split[0];
            OrderFigures others = split[1];
            // only joiners whose window after joining is over by now
            Date observedUntil = new Date(clock.now().getTime() - WINDOW_DAYS * DAY);
            Date joinedTo = to.before(observedUntil) ? to : observedUntil;
            BeforeAfter joiners = joinedTo.after(from)
                    ? orders.membersAroundJoining(from, joinedTo, WINDOW_DAYS) : BeforeAfter.NONE;
            Date middle = new Date(from.getTime() + (to.getTime() - from.getTime()) / 2);
            Date reference = middle.before(observedUntil) ? middle : observedUntil;
            BeforeAfter comparison = orders.nonMembersAround(reference, WINDOW_DAYS);
            return new MemberComparison(members, others, joiners, comparison, WINDOW_DAYS);
        });
    }
}
