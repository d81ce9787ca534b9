package org.evergreenloyalty.insights;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Every figure one Loyalty &gt; Dashboard page shows for a period and the period before it, read part by part on an
 * executor ({@code evgInsightsExecutor}, {@code evergreen.insights.dashboardThreads} threads): the parts are independent
 * read-only queries, each in its own transaction, so a database with more than one core answers them side by side. A
 * part that fails fails the whole with its own exception (an {@link InsightsException} keeps its message).
 */
public final class PageFigures {

    private final PointsAccounting accounting;
    private final PointsAccounting accountingBefore;
    private final ProgramHealth health;
    private final ProgramHealth healthBefore;
    private final MemberComparison members;
    private final List<RetentionRow> retentionMonths;
    private final List<RetentionRow> retentionQuarters;
    private final CohortTable cohorts;
    private final ReferralFunnel referrals;
    private final ReferralFunnel referralsBefore;
    private final ReviewFunnel reviews;
    private final ReviewFunnel reviewsBefore;
    private final BirthdayFunnel birthdays;
    private final BirthdayFunnel birthdaysBefore;
    private final TierReport tiers;

    private PageFigures(Parts p) {
        this.members = p.get(0);
        this.referrals = p.get(1);
        this.referralsBefore = p.get(2);
        this.cohorts = p.get(3);
        this.health = p.get(4);
        this.healthBefore = p.get(5);
        this.reviews = p.get(6);
        this.reviewsBefore = p.get(7);
        this.birthdays = p.get(8);
        this.birthdaysBefore = p.get(9);
        this.retentionMonths = p.get(10);
        this.retentionQuarters = p.get(11);
        this.tiers = p.get(12);
        this.accounting = p.get(13);
        this.accountingBefore = p.get(14);
    }

    /** The figures of {@code period} (roll-forward by {@code granularity}) on {@code executor} (null: one after the other). */
    public static PageFigures of(InsightsService insights, FunnelService funnels, ReportPeriod period, Granularity granularity,
                                 Executor executor) {
        ReportPeriod before = period.previous();
        // the slowest parts first, so that they start first
        return new PageFigures(new Parts(executor)
                .add(() -> insights.members(period))
                .add(() -> funnels.referrals(period))
                .add(() -> funnels.referralTotals(before))
                .add(() -> insights.cohorts(period))
                .add(() -> insights.health(period))
                .add(() -> insights.health(before))
                .add(() -> funnels.reviews(period))
                .add(() -> funnels.reviews(before))
                .add(() -> funnels.birthdays(period))
                .add(() -> funnels.birthdays(before))
                .add(() -> insights.retention(period, Granularity.MONTH))
                .add(() -> insights.retention(period, Granularity.QUARTER))
                .add(() -> funnels.tiers(period))
                .add(() -> insights.accounting(period, granularity))
                .add(() -> insights.accounting(before, Granularity.MONTH)));
    }

    /** The parts in the order added, each started on the executor when added. */
    private static final class Parts {
        private final Executor executor;
        private final java.util.ArrayList<CompletableFuture<?>> futures = new java.util.ArrayList<CompletableFuture<?>>();

        Parts(Executor executor) {
            this.executor = executor == null ? Runnable::run : executor;
        }

        Parts add(Supplier<?> part) {
            futures.add(CompletableFuture.supplyAsync(part, executor));
            return this;
        }

        @SuppressWarnings("unchecked")
        <T> T get(int i) {
            try {
                return (T) futures.get(i).join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                if (cause instanceof Error) {
                    throw (Error) cause;
                }
                throw e;
            }
        }
    }

    public PointsAccounting getAccounting() { return accounting; }
    /** The previous period's accounting, by month. */
    public PointsAccounting getAccountingBefore() { return accountingBefore; }
    public ProgramHealth getHealth() { return health; }
    public ProgramHealth getHealthBefore() { return healthBefore; }
    public MemberComparison getMembers() { return members; }
    public List<RetentionRow> getRetentionMonths() { return retentionMonths; }
    public List<RetentionRow> getRetentionQuarters() { return retentionQuarters; }
    public CohortTable getCohorts() { return cohorts; }
    public ReferralFunnel getReferrals() { return referrals; }
    /** The previous period's referral totals (no advocates). */
    public ReferralFunnel getReferralsBefore() { return referralsBefore; }
    public ReviewFunnel getReviews() { return reviews; }
    public ReviewFunnel getReviewsBefore() { return reviewsBefore; }
    public BirthdayFunnel getBirthdays() { return birthdays; }
    public BirthdayFunnel getBirthdaysBefore() { return birthdaysBefore; }
    public TierReport getTiers() { return tiers; }
}
