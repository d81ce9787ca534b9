package org.evergreenloyalty.insights;

import java.util.Arrays;
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

    private final Part<MemberComparison> members;
    private final Part<ReferralFunnel> referrals;
    private final Part<ReferralFunnel> referralsBefore;
    private final Part<CohortTable> cohorts;
    private final Part<ProgramHealth> health;
    private final Part<ProgramHealth> healthBefore;
    private final Part<ReviewFunnel> reviews;
    private final Part<ReviewFunnel> reviewsBefore;
    private final Part<BirthdayFunnel> birthdays;
    private final Part<BirthdayFunnel> birthdaysBefore;
    private final Part<List<RetentionRow>> retentionMonths;
    private final Part<List<RetentionRow>> retentionQuarters;
    private final Part<TierReport> tiers;
    private final Part<PointsAccounting> accounting;
    private final Part<PointsAccounting> accountingBefore;

    private PageFigures(InsightsService insights, FunnelService funnels, ReportPeriod period, Granularity granularity,
                        Executor executor) {
        Executor on = executor == null ? Runnable::run : executor;
        ReportPeriod before = period.previous();
        // the slowest parts first, so that they start first
        this.members = new Part<>(() -> insights.members(period), on);
        this.referrals = new Part<>(() -> funnels.referrals(period), on);
        this.referralsBefore = new Part<>(() -> funnels.referralTotals(before), on);
        this.cohorts = new Part<>(() -> insights.cohorts(period), on);
        this.health = new Part<>(() -> insights.health(period), on);
        this.healthBefore = new Part<>(() -> insights.health(before), on);
        this.reviews = new Part<>(() -> funnels.reviews(period), on);
        this.reviewsBefore = new Part<>(() -> funnels.reviews(before), on);
        this.birthdays = new Part<>(() -> funnels.birthdays(period), on);
        this.birthdaysBefore = new Part<>(() -> funnels.birthdays(before), on);
        this.retentionMonths = new Part<>(() -> insights.retention(period, Granularity.MONTH), on);
        this.retentionQuarters = new Part<>(() -> insights.retention(period, Granularity.QUARTER), on);
        this.tiers = new Part<>(() -> funnels.tiers(period), on);
        this.accounting = new Part<>(() -> insights.accounting(period, granularity), on);
        this.accountingBefore = new Part<>(() -> insights.accounting(before, Granularity.MONTH), on);
        // every part is awaited here, in the order started, so that a failure fails the whole page at once
        Arrays.asList(members, referrals, referralsBefore, cohorts, health, healthBefore, reviews, reviewsBefore, birthdays,
                birthdaysBefore, retentionMonths, retentionQuarters, tiers, accounting, accountingBefore).forEach(Part::get);
    }

    /** The figures of {@code period} (roll-forward by {@code granularity}) on {@code executor} (null: one after the other). */
    public static PageFigures of(InsightsService insights, FunnelService funnels, ReportPeriod period, Granularity granularity,
                                 Executor executor) {
        return new PageFigures(insights, funnels, period, granularity, executor);
    }

    /** One part, started on the executor when created; {@link #get} waits for it and throws what it threw. */
    private static final class Part<T> {
        private final CompletableFuture<T> future;

        Part(Supplier<T> part, Executor executor) {
            this.future = CompletableFuture.supplyAsync(part, executor);
        }

        T get() {
            try {
                return future.join();
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

    public PointsAccounting getAccounting() { return accounting.get(); }
    /** The previous period's accounting, by month. */
    public PointsAccounting getAccountingBefore() { return accountingBefore.get(); }
    public ProgramHealth getHealth() { return health.get(); }
    public ProgramHealth getHealthBefore() { return healthBefore.get(); }
    public MemberComparison getMembers() { return members.get(); }
    public List<RetentionRow> getRetentionMonths() { return retentionMonths.get(); }
    public List<RetentionRow> getRetentionQuarters() { return retentionQuarters.get(); }
    public CohortTable getCohorts() { return cohorts.get(); }
    public ReferralFunnel getReferrals() { return referrals.get(); }
    /** The previous period's referral totals (no advocates). */
    public ReferralFunnel getReferralsBefore() { return referralsBefore.get(); }
    public ReviewFunnel getReviews() { return reviews.get(); }
    public ReviewFunnel getReviewsBefore() { return reviewsBefore.get(); }
    public BirthdayFunnel getBirthdays() { return birthdays.get(); }
    public BirthdayFunnel getBirthdaysBefore() { return birthdaysBefore.get(); }
    public TierReport getTiers() { return tiers.get(); }
}
