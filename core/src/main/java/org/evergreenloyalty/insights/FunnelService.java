package org.evergreenloyalty.insights;

/**
 * The dashboard's funnels for a period: referrals, reviews, birthdays and tiers. Every figure comes from set-based
 * queries ({@link FunnelRepository} and the platform's {@link InsightsOrderSource}); nothing is changed.
 */
public interface FunnelService {

    /** The most advocates the referral funnel lists. */
    int TOP_ADVOCATES = 10;

    ReferralFunnel referrals(ReportPeriod period);

    /** The referral funnel without its top advocates (the comparison column of a previous period lists none). */
    ReferralFunnel referralTotals(ReportPeriod period);

    /** The review funnel; its NPS rows are the months of the period (the first and last may be partial). */
    ReviewFunnel reviews(ReportPeriod period);

    BirthdayFunnel birthdays(ReportPeriod period);

    TierReport tiers(ReportPeriod period);
}
