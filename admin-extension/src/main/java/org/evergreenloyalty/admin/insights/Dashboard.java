package org.evergreenloyalty.admin.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;

import org.evergreenloyalty.insights.BirthdayFunnel;
import org.evergreenloyalty.insights.FunnelService;
import org.evergreenloyalty.insights.Granularity;
import org.evergreenloyalty.insights.InsightsService;
import org.evergreenloyalty.insights.PageFigures;
import org.evergreenloyalty.insights.PointsAccounting;
import org.evergreenloyalty.insights.ReferralFunnel;
import org.evergreenloyalty.insights.ReportPeriod;
import org.evergreenloyalty.insights.ReviewFunnel;
import org.evergreenloyalty.insights.RollForwardRow;
import org.evergreenloyalty.insights.TierReport;

/**
 * Everything Loyalty &gt; Dashboard shows for one period: its tables (by id, in page order), the comparison period,
 * two charts (available points at the end of each day or month; points issued against redeemed) and the referral,
 * review and birthday funnels as charts. Built from
 * {@link InsightsService}; the CSV of a table is written from the same {@link ReportTable}.
 */
public final class Dashboard {

    private final ReportPeriod period;
    private final ReportPeriod previous;
    private final Granularity granularity;
    private final Map<String, ReportTable> tables;
    private final String balanceChart;
    private final String flowChart;
    private final Map<String, String> funnelCharts;

    private Dashboard(ReportPeriod period, Granularity granularity, Map<String, ReportTable> tables, String balanceChart,
                      String flowChart, Map<String, String> funnelCharts) {
        this.period = period;
        this.previous = period.previous();
        this.granularity = granularity;
        this.tables = tables;
        this.balanceChart = balanceChart;
        this.flowChart = flowChart;
        this.funnelCharts = funnelCharts;
    }

    /** The dashboard of {@code period}, its parts read on {@code executor}; {@code text} translates chart titles and labels. */
    public static Dashboard of(InsightsService insights, FunnelService funnels, ReportPeriod period, Granularity granularity,
                               Function<String, String> text, Executor executor) {
        PageFigures f = PageFigures.of(insights, funnels, period, granularity, executor);
        PointsAccounting acc = f.getAccounting();
        Map<String, ReportTable> tables = new LinkedHashMap<String, ReportTable>();
        put(tables, DashboardTables.finance(acc, f.getAccountingBefore()));
        put(tables, DashboardTables.health(f.getHealth(), f.getHealthBefore()));
        put(tables, DashboardTables.rollForward(acc));
        put(tables, DashboardTables.members(f.getMembers()));
        put(tables, DashboardTables.estimate(f.getMembers()));
        put(tables, DashboardTables.retention("retentionMonths", f.getRetentionMonths()));
        put(tables, DashboardTables.retention("retentionQuarters", f.getRetentionQuarters()));
        put(tables, DashboardTables.cohorts(f.getCohorts()));
        Map<String, String> charts = funnels(tables, f, text);
        List<String> labels = new ArrayList<String>();
        List<Long> closing = new ArrayList<Long>();
        List<Long> issued = new ArrayList<Long>();
        List<Long> redeemed = new ArrayList<Long>();
        for (RollForwardRow r : acc.getRows()) {
            labels.add(r.getFirst().toString());
            closing.add(r.getClosing());
            issued.add(r.getIssued());
            redeemed.add(r.getRedeemed());
        }
        return new Dashboard(period, granularity, tables,
                SvgCharts.line(text.apply("insights.chart.balance"), labels, closing),
                SvgCharts.bars(text.apply("insights.chart.flow"), labels, issued, redeemed,
                        text.apply("insights.col.pointsIssued"), text.apply("insights.col.pointsRedeemed")), charts);
    }

    /** Adds the funnel tables and returns the funnel charts (referrals, reviews, birthdays) by id. */
    private static Map<String, String> funnels(Map<String, ReportTable> tables, PageFigures f, Function<String, String> text) {
        ReferralFunnel referrals = f.getReferrals();
        ReviewFunnel reviews = f.getReviews();
        BirthdayFunnel birthdays = f.getBirthdays();
        TierReport tiers = f.getTiers();
        put(tables, FunnelTables.referrals(referrals, f.getReferralsBefore()));
        put(tables, FunnelTables.advocates(referrals));
        put(tables, FunnelTables.reviews(reviews, f.getReviewsBefore()));
        put(tables, FunnelTables.nps(reviews));
        put(tables, FunnelTables.birthdays(birthdays, f.getBirthdaysBefore()));
        put(tables, FunnelTables.tiers(tiers, text));
        put(tables, FunnelTables.tierMoves(tiers, text));
        Map<String, String> charts = new LinkedHashMap<String, String>();
        charts.put("referrals", funnel(text, "insights.table.referrals", new String[] {"linkVisits", "signups", "firstOrders", "rewards"},
                referrals.getVisits(), referrals.getSignups(), referrals.getFirstOrders(), referrals.getRewards()));
        charts.put("reviews", funnel(text, "insights.table.reviews", new String[] {"requestsSent", "requestsAnswered", "reviewsApproved"},
                reviews.getRequestsSent(), reviews.getRequestsAnswered(), reviews.getApproved()));
        charts.put("birthdays", funnel(text, "insights.table.birthdays", new String[] {"birthdayIssued", "birthdayWithCode", "birthdayUsed"},
                birthdays.getIssued(), birthdays.getWithCode(), birthdays.getUsed()));
        return charts;
    }

    private static String funnel(Function<String, String> text, String titleKey, String[] steps, long... values) {
        List<String> labels = new ArrayList<String>();
        List<Long> counts = new ArrayList<Long>();
        for (int i = 0; i < steps.length; i++) {
            labels.add(text.apply("insights.metric." + steps[i]));
            counts.add(values[i]);
        }
        return SvgCharts.funnel(text.apply(titleKey), labels, counts);
    }

    private static void put(Map<String, ReportTable> tables, ReportTable t) {
        tables.put(t.getId(), t);
    }

    public ReportPeriod getPeriod() { return period; }
    public ReportPeriod getPrevious() { return previous; }
    public Granularity getGranularity() { return granularity; }
    /** The id of the reporting time zone (e.g. Europe/Berlin). */
    public String getZoneId() { return period.getZone().getId(); }
    /** The tables in page order. */
    public List<ReportTable> getTables() { return new ArrayList<ReportTable>(tables.values()); }
    /** The table {@code id}, or null. */
    public ReportTable table(String id) { return tables.get(id); }
    public String getBalanceChart() { return balanceChart; }
    public String getFlowChart() { return flowChart; }
    /** The funnel charts by id (referrals, reviews, birthdays), in page order. */
    public Map<String, String> getFunnelCharts() { return funnelCharts; }
}
