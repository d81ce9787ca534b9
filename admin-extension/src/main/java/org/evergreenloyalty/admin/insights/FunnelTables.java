package org.evergreenloyalty.admin.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.evergreenloyalty.insights.BirthdayFunnel;
import org.evergreenloyalty.insights.ReferralFunnel;
import org.evergreenloyalty.insights.ReviewFunnel;
import org.evergreenloyalty.insights.TierReport;

/**
 * Turns the engine's funnels into the dashboard's {@link ReportTable}s (page and CSV alike): each funnel beside the
 * previous period, the top advocates, NPS per month, members per tier and tier moves. Header entries and row labels
 * are message keys of {@code messages/evergreen-insights}.
 */
public final class FunnelTables {

    private FunnelTables() {
    }

    /** Referral funnel, this period and the previous one. */
    public static ReportTable referrals(ReferralFunnel now, ReferralFunnel before) {
        ReportTable t = metrics("referrals");
        t.add(row("linkVisits", Cells.count(now.getVisits()), Cells.count(before.getVisits())));
        t.add(row("signups", Cells.count(now.getSignups()), Cells.count(before.getSignups())));
        t.add(row("firstOrders", Cells.count(now.getFirstOrders()), Cells.count(before.getFirstOrders())));
        t.add(row("rewards", Cells.count(now.getRewards()), Cells.count(before.getRewards())));
        t.add(row("rewardPoints", Cells.count(now.getRewardPoints()), Cells.count(before.getRewardPoints())));
        t.add(row("signupRate", Cells.percent(now.getSignupRate()), Cells.percent(before.getSignupRate())));
        t.add(row("orderRate", Cells.percent(now.getOrderRate()), Cells.percent(before.getOrderRate())));
        t.add(row("flaggedShare", Cells.percent(now.getFlaggedShare()), Cells.percent(before.getFlaggedShare())));
        t.add(row("referredOrders", Cells.count(now.getReferredOrders().getOrders()), Cells.count(before.getReferredOrders().getOrders())));
        t.add(row("referredRevenue", Cells.money(now.getReferredOrders().getRevenue()),
                Cells.money(before.getReferredOrders().getRevenue())));
        return t;
    }

    /** The advocates with the most results in the period. */
    public static ReportTable advocates(ReferralFunnel f) {
        ReportTable t = new ReportTable("advocates", "insights.table.advocates", DashboardTables.keys("advocate", "customerId",
                "linkVisits", "signups", "firstOrders", "rewards", "rewardPoints"));
        for (ReferralFunnel.Advocate a : f.getTopAdvocates()) {
            t.add(Arrays.asList(a.getName(), String.valueOf(a.getCustomerId()), Cells.count(a.getVisits()), Cells.count(a.getSignups()),
                    Cells.count(a.getFirstOrders()), Cells.count(a.getRewards()), Cells.count(a.getRewardPoints())));
        }
        return t;
    }

    /** Review funnel, this period and the previous one. */
    public static ReportTable reviews(ReviewFunnel now, ReviewFunnel before) {
        ReportTable t = metrics("reviews");
        t.add(row("requestsSent", Cells.count(now.getRequestsSent()), Cells.count(before.getRequestsSent())));
        t.add(row("requestsAnswered", Cells.count(now.getRequestsAnswered()), Cells.count(before.getRequestsAnswered())));
        t.add(row("responseRate", Cells.percent(now.getResponseRate()), Cells.percent(before.getResponseRate())));
        t.add(row("reviewsSubmitted", Cells.count(now.getSubmitted()), Cells.count(before.getSubmitted())));
        t.add(row("reviewsApproved", Cells.count(now.getApproved()), Cells.count(before.getApproved())));
        t.add(row("averageRating", Cells.ratio(now.getAverageRating()), Cells.ratio(before.getAverageRating())));
        return t;
    }

    /** Satisfaction answers and NPS per month. */
    public static ReportTable nps(ReviewFunnel f) {
        ReportTable t = new ReportTable("nps", "insights.table.nps", DashboardTables.keys("month", "answers", "promoters",
                "passives", "detractors", "nps"));
        for (ReviewFunnel.Nps m : f.getNps()) {
            t.add(Arrays.asList(m.getMonth().toString(), Cells.count(m.getAnswers()), Cells.count(m.getPromoters()),
                    Cells.count(m.getPassives()), Cells.count(m.getDetractors()), Cells.ratio(m.getScore())));
        }
        return t;
    }

    /** Birthday funnel, this period and the previous one. */
    public static ReportTable birthdays(BirthdayFunnel now, BirthdayFunnel before) {
        ReportTable t = metrics("birthdays");
        t.add(row("birthdayIssued", Cells.count(now.getIssued()), Cells.count(before.getIssued())));
        t.add(row("birthdayWithCode", Cells.count(now.getWithCode()), Cells.count(before.getWithCode())));
        t.add(row("birthdayUsed", Cells.count(now.getUsed()), Cells.count(before.getUsed())));
        t.add(row("birthdayUseRate", Cells.percent(now.getUseRate()), Cells.percent(before.getUseRate())));
        t.add(row("birthdayPoints", Cells.count(now.getBonusPoints()), Cells.count(before.getBonusPoints())));
        t.add(row("birthdayOrders", Cells.count(now.getCodeOrders().getOrders()), Cells.count(before.getCodeOrders().getOrders())));
        t.add(row("birthdayRevenue", Cells.money(now.getCodeOrders().getRevenue()), Cells.money(before.getCodeOrders().getRevenue())));
        return t;
    }

    /** Customers per tier now (lowest first), then members without a tier; {@code text} translates message keys. */
    public static ReportTable tiers(TierReport r, Function<String, String> text) {
        ReportTable t = new ReportTable("tiers", "insights.table.tiers", DashboardTables.keys("tier", "threshold", "customers"));
        for (TierReport.Count c : r.getMembers()) {
            t.add(Arrays.asList(c.getTier(), Cells.count(c.getThreshold()), Cells.count(c.getCustomers())));
        }
        t.add(Arrays.asList(text.apply("insights.tier.none"), null, Cells.count(r.getWithoutTier())));
        return t;
    }

    /** The tier moves of the period, grouped; {@code text} translates message keys. */
    public static ReportTable tierMoves(TierReport r, Function<String, String> text) {
        ReportTable t = new ReportTable("tierMoves", "insights.table.tierMoves", DashboardTables.keys("fromTier", "toTier",
                "direction", "moves"));
        for (TierReport.Move m : r.getMoves()) {
            String none = text.apply("insights.tier.none");
            t.add(Arrays.asList(m.getFrom() == null ? none : m.getFrom(), m.getTo() == null ? none : m.getTo(),
                    text.apply(m.isUpgrade() ? "insights.tier.up" : "insights.tier.down"), Cells.count(m.getCount())));
        }
        return t;
    }

    private static ReportTable metrics(String id) {
        return new ReportTable(id, "insights.table." + id, DashboardTables.keys("metric", "current", "previous"))
                .labelled("insights.metric.");
    }

    private static List<String> row(String name, String current, String previous) {
        return new ArrayList<String>(Arrays.asList(name, current, previous));
    }
}
