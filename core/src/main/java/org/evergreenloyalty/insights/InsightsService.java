package org.evergreenloyalty.insights;

import java.time.ZoneId;

/**
 * The program's reports for a period: points accounting (finance), program health, retention, first-order
 * cohorts and members against non-members. Every figure comes from set-based queries; nothing is changed.
 */
public interface InsightsService {

    /** The time zone whose days and months the reports count in ({@code evergreen.insights.timeZone}). */
    ZoneId zone();

    /** The roll-forward per day or month (and for the whole period) with liability, deferred revenue and breakage. */
    PointsAccounting accounting(ReportPeriod period, Granularity granularity);

    /** Points issued and redeemed, order shares, members, vouchers. */
    ProgramHealth health(ReportPeriod period);

    /**
     * Retention and repeat purchase rate per month or quarter of the period (whole months or quarters: the first
     * and last reach beyond the period when it starts or ends inside one).
     */
    java.util.List<RetentionRow> retention(ReportPeriod period, Granularity granularity);

    /** The first-order cohorts of the months of the period (at most the last {@value DefaultInsightsService#MAX_COHORTS}). */
    CohortTable cohorts(ReportPeriod period);

    /** Members against non-members, and the before/after-joining estimate. */
    MemberComparison members(ReportPeriod period);
}
