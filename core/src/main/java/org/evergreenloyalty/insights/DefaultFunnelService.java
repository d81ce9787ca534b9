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

    public DefaultFunnelService(PlatformTransactionManager txm, FunnelRepository repository, InsightsOrderSource orders,
                                CustomerDirectory directory) {
        this.tx = new TransactionTemplate(txm);
        this.tx.setReadOnly(true);
        this.repository = repository;
        this.orders = orders;
        this.directory = directory;
    }

    @Override
    public ReferralFunnel referrals(ReportPeriod period) {
        return tx.execute(status -> {
            Buckets whole = Buckets.whole(period);
            List<ReferralFunnel.Advocate> top = new ArrayList<ReferralFunnel.Advocate>();
            for (long[] r : repository.topAdvocates(whole, TOP_ADVOCATES)) {
                top.add(new ReferralFunnel.Advocate(r[0], name(directory.contact(r[0])), new long[] {r[1], r[2], r[3], r[4], r[5]}));
            }
            return new ReferralFunnel(repository.referrals(whole),
                    orders.figures(period.start(), period.end(), CustomerSegment.REFERRED), top);
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
            return new ReviewFunnel(repository.reviews(Buckets.whole(period)), nps);
        });
    }

    @Override
    public BirthdayFunnel birthdays(ReportPeriod period) {
        return tx.execute(status -> new BirthdayFunnel(repository.birthdays(Buckets.whole(period)),
                orders.figures(period.start(), period.end(), CustomerSegment.BIRTHDAY_CODE)));
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
