package org.evergreenloyalty.insights;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Computes the funnels from {@link FunnelRepository} and {@link InsightsOrderSource}, each in one read-only transaction. */
public class DefaultFunnelService implements FunnelService {

    private final TransactionTemplate tx;
    private final FunnelRepository repository;
    private final InsightsOrderSource orders;
    private final CustomerDirectory directory;
    private FunnelDaySummary days;
    private SummaryRepository summaries;

    public DefaultFunnelService(PlatformTransactionManager txm, FunnelRepository repository, InsightsOrderSource orders,
                                CustomerDirectory directory) {
        this.tx = new TransactionTemplate(txm);
        this.tx.setReadOnly(true);
        this.repository = repository;
        this.orders = orders;
        this.directory = directory;
    }

    /** Reads the funnel counts of whole days from {@code days} ({@link FunnelDaySummary}) as far as folded. */
    public void setDays(FunnelDaySummary days) {
        this.days = days;
    }

    /** How far the summaries are folded ({@code EVG_INS_SUMMARY}). */
    public void setSummaries(SummaryRepository summaries) {
        this.summaries = summaries;
    }

    /**
     * The funnel metrics of {@code period}: the stored days from the summary, the rest (the days after its fold, or
     * everything when the period's days are not the summary's) from {@code live} over the remaining span; null when
     * nothing is stored.
     */
    private long[] stored(ReportPeriod period) {
        Buckets whole = days == null || summaries == null ? null
                : DayFolder.foldedDays(period.start(), period.end(), summaries.foldedTo(days.name()), days.zone());
        return whole == null ? null : days.sums(whole);
    }

    /** The span of {@code period} after the stored days (empty span when all are stored). */
    private Buckets tail(ReportPeriod period) {
        Buckets whole = DayFolder.foldedDays(period.start(), period.end(), summaries.foldedTo(days.name()), days.zone());
        return Buckets.span(whole.end(), period.end());
    }

    private static long[] plus(long[] a, long[] b) {
        long[] r = a.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] += b[i];
        }
        return r;
    }

    private static long[] pick(long[] sums, String... metrics) {
        long[] r = new long[metrics.length];
        for (int i = 0; i < metrics.length; i++) {
            boolean total = metrics[i].startsWith("+");
            r[i] = FunnelDaySummary.of(sums, total ? metrics[i].substring(1) : metrics[i], total);
        }
        return r;
    }

    private long[] referralCounts(ReportPeriod period) {
        long[] stored = stored(period);
        if (stored == null) {
            return repository.referrals(Buckets.whole(period));
        }
        long[] counts = pick(stored, "VISIT", "SIGNUP", "FIRST_ORDER", "REWARD", "FLAGGED", "+REWARD");
        Buckets tail = tail(period);
        return tail.start().before(tail.end()) ? plus(counts, repository.referrals(tail)) : counts;
    }

    private long[] reviewCounts(ReportPeriod period) {
        long[] stored = stored(period);
        if (stored == null) {
            return repository.reviews(Buckets.whole(period));
        }
        long[] counts = pick(stored, "REQ_SENT", "REQ_ANSWERED", "REVIEW", "APPROVED", "+APPROVED");
        Buckets tail = tail(period);
        return tail.start().before(tail.end()) ? plus(counts, repository.reviews(tail)) : counts;
    }

    private long[] birthdayCounts(ReportPeriod period) {
        long[] stored = stored(period);
        if (stored == null) {
            return repository.birthdays(Buckets.whole(period));
        }
        long[] counts = pick(stored, "BDAY", "BDAY_CODE", "BDAY_USED", "+BDAY");
        Buckets tail = tail(period);
        return tail.start().before(tail.end()) ? plus(counts, repository.birthdays(tail)) : counts;
    }

    @Override
    public ReferralFunnel referrals(ReportPeriod period) {
        return referrals(period, TOP_ADVOCATES);
    }

    @Override
    public ReferralFunnel referralTotals(ReportPeriod period) {
        return referrals(period, 0);
    }

    private ReferralFunnel referrals(ReportPeriod period, int advocates) {
        return tx.execute(status -> {
            List<ReferralFunnel.Advocate> top = new ArrayList<ReferralFunnel.Advocate>();
            for (long[] r : advocates == 0 ? new ArrayList<long[]>() : repository.topAdvocates(Buckets.whole(period), advocates)) {
                top.add(new ReferralFunnel.Advocate(r[0], name(directory.contact(r[0])), new long[] {r[1], r[2], r[3], r[4], r[5]}));
            }
            return new ReferralFunnel(referralCounts(period),
                    orders.referredOrders(period.start(), period.end()), top);
        });
    }

    @Override
    public ReviewFunnel reviews(ReportPeriod period) {
        return tx.execute(status -> {
            Buckets months = Buckets.of(period, Granularity.MONTH);
            List<long[]> answers = repository.satisfaction(months);
            List<ReviewFunnel.Nps> nps = new ArrayList<ReviewFunnel.Nps>();
            for (int i = 0; i < months.size(); i++) {
                long[] a = answers.get(i);
                nps.add(new ReviewFunnel.Nps(YearMonth.from(months.first(i)), a[0], a[1], a[2]));
            }
            return new ReviewFunnel(reviewCounts(period), nps);
        });
    }

    @Override
    public BirthdayFunnel birthdays(ReportPeriod period) {
        return tx.execute(status -> new BirthdayFunnel(birthdayCounts(period),
                orders.birthdayCodeOrders(period.start(), period.end())));
    }

    @Override
    public TierReport tiers(ReportPeriod period) {
        return tx.execute(status -> {
            List<TierReport.Count> members = new ArrayList<TierReport.Count>();
            for (Object[] r : repository.membersPerTier()) {
                members.add(new TierReport.Count((String) r[1], InsightsRepository.num(r[2]), InsightsRepository.num(r[3])));
            }
            List<TierReport.Move> moves = new ArrayList<TierReport.Move>();
            for (Object[] r : repository.tierMoves(Buckets.whole(period))) {
                moves.add(new TierReport.Move(tierName(r[0], r[4]), tierName(r[1], r[5]), Boolean.TRUE.equals(bool(r[2])),
                        InsightsRepository.num(r[3])));
            }
            return new TierReport(members, repository.membersWithoutTier(), moves);
        });
    }

    /** The tier's name; "#id" for a tier deleted since; null for "no tier". */
    private static String tierName(Object name, Object id) {
        return name != null ? (String) name : id == null ? null : "#" + InsightsRepository.num(id);
    }

    private static Boolean bool(Object o) {
        return o instanceof Boolean ? (Boolean) o : o instanceof Number ? ((Number) o).intValue() != 0 : null;
    }

    private static String name(CustomerContact c) {
        if (c == null) {
            return null;
        }
        String full = ((c.getFirstName() == null ? "" : c.getFirstName()) + " " + (c.getLastName() == null ? "" : c.getLastName())).trim();
        return full.isEmpty() ? c.getEmail() : full;
    }
}
