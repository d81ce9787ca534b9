package org.evergreenloyalty.admin.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.evergreenloyalty.insights.BeforeAfter;
import org.evergreenloyalty.insights.CohortTable;
import org.evergreenloyalty.insights.MemberComparison;
import org.evergreenloyalty.insights.OrderFigures;
import org.evergreenloyalty.insights.PointsAccounting;
import org.evergreenloyalty.insights.ProgramHealth;
import org.evergreenloyalty.insights.RetentionRow;
import org.evergreenloyalty.insights.RollForwardRow;

/**
 * Turns the engine's reports into the dashboard's {@link ReportTable}s (page and CSV alike). Header entries are
 * message keys of {@code messages/evergreen-insights}; an entry starting with {@code =} is shown as written.
 */
public final class DashboardTables {

    private static final String P = "insights.col.";

    private DashboardTables() {
    }

    /** The roll-forward, one row per day or month and a total row. */
    public static ReportTable rollForward(PointsAccounting acc) {
        ReportTable t = new ReportTable("rollforward", "insights.table.rollforward", keys("from", "to", "opening", "earned",
                "bonus", "redeemed", "reversed", "expired", "adjusted", "closing", "pendingOpening", "pendingEarned",
                "pendingMatured", "pendingReversed", "pendingClosing", "liability"));
        for (RollForwardRow r : acc.getRows()) {
            t.add(row(r, acc));
        }
        List<String> total = row(acc.getTotal(), acc);
        return t.add(total);
    }

    private static List<String> row(RollForwardRow r, PointsAccounting acc) {
        return Arrays.asList(r.getFirst().toString(), r.getLast().toString(), Cells.count(r.getOpening()),
                Cells.count(r.getEarned()), Cells.count(r.getBonus()), Cells.count(r.getRedeemed()), Cells.count(r.getReversed()),
                Cells.count(r.getExpired()), Cells.count(r.getAdjusted()), Cells.count(r.getClosing()),
                Cells.count(r.getPendingOpening()), Cells.count(r.getPendingEarned()), Cells.count(r.getPendingMatured()),
                Cells.count(r.getPendingReversed()), Cells.count(r.getPendingClosing()), Cells.money(acc.money(r.getClosing())));
    }

    /** Liability, deferred revenue and breakage at the end of the period and of the previous one. */
    public static ReportTable finance(PointsAccounting now, PointsAccounting before) {
        ReportTable t = new ReportTable("finance", "insights.table.finance", keys("metric", "current", "previous")).labelled("insights.metric.");
        t.add(metric("closingPoints", Cells.count(now.getTotal().getClosing()), Cells.count(before.getTotal().getClosing())));
        t.add(metric("liability", Cells.money(now.getLiability()), Cells.money(before.getLiability())));
        t.add(metric("pendingPoints", Cells.count(now.getTotal().getPendingClosing()),
                Cells.count(before.getTotal().getPendingClosing())));
        t.add(metric("pendingLiability", Cells.money(now.getPendingLiability()), Cells.money(before.getPendingLiability())));
        t.add(metric("deferredRevenue", Cells.money(now.getDeferredRevenue()), Cells.money(before.getDeferredRevenue())));
        t.add(metric("expectedBreakage", Cells.money(now.getExpectedBreakage()), Cells.money(before.getExpectedBreakage())));
        t.add(metric("expiredValue", Cells.money(now.getExpiredValue()), Cells.money(before.getExpiredValue())));
        return t;
    }

    /** Program health of the period beside the previous period. */
    public static ReportTable health(ProgramHealth now, ProgramHealth before) {
        ReportTable t = new ReportTable("health", "insights.table.health", keys("metric", "current", "previous")).labelled("insights.metric.");
        t.add(metric("pointsIssued", Cells.count(now.getPointsIssued()), Cells.count(before.getPointsIssued())));
        t.add(metric("pointsRedeemed", Cells.count(now.getPointsRedeemed()), Cells.count(before.getPointsRedeemed())));
        t.add(metric("redemptionRate", Cells.percent(now.getRedemptionRate()), Cells.percent(before.getRedemptionRate())));
        t.add(metric("ordersPlaced", Cells.count(now.getOrdersPlaced()), Cells.count(before.getOrdersPlaced())));
        t.add(metric("earningShare", Cells.percent(now.getEarningShare()), Cells.percent(before.getEarningShare())));
        t.add(metric("redeemingShare", Cells.percent(now.getRedeemingShare()), Cells.percent(before.getRedeemingShare())));
        t.add(metric("pointsPerOrder", Cells.ratio(now.getPointsPerOrder()), Cells.ratio(before.getPointsPerOrder())));
        t.add(metric("members", Cells.count(now.getMembers()), Cells.count(before.getMembers())));
        t.add(metric("activeMembers", Cells.count(now.getActiveMembers()), Cells.count(before.getActiveMembers())));
        t.add(metric("vouchersIssued", Cells.count(now.getVouchersIssued()), Cells.count(before.getVouchersIssued())));
        t.add(metric("vouchersUsed", Cells.count(now.getVouchersUsed()), Cells.count(before.getVouchersUsed())));
        return t;
    }

    /** Retention and repeat purchase rate per month or quarter. */
    public static ReportTable retention(String id, List<RetentionRow> rows) {
        ReportTable t = new ReportTable(id, "insights.table." + id, keys("from", "to", "customersAtStart", "customersAtEnd",
                "newCustomers", "retentionRate", "repeatRate", "orders"));
        for (RetentionRow r : rows) {
            t.add(Arrays.asList(r.getFirst().toString(), r.getLast().toString(), Cells.count(r.getCustomersAtStart()),
                    Cells.count(r.getCustomersAtEnd()), Cells.count(r.getNewCustomers()), Cells.percent(r.getRetentionRate()),
                    Cells.percent(r.getRepeatRate()), Cells.count(r.getOrders())));
        }
        return t;
    }

    /** The cohort table: cohort month, size, then the share ordering again 1, 2, … months later (%). */
    public static ReportTable cohorts(CohortTable c) {
        int n = c.getMonths().size();
        List<String> headers = new ArrayList<String>(keys("cohort", "cohortSize"));
        for (int k = 1; k < n; k++) {
            headers.add("=+" + k);
        }
        ReportTable t = new ReportTable("cohorts", "insights.table.cohorts", headers);
        for (int i = 0; i < n; i++) {
            List<String> cells = new ArrayList<String>();
            cells.add(c.getMonths().get(i).toString());
            cells.add(Cells.count(c.size(i)));
            for (int k = 1; k < n; k++) {
                cells.add(Cells.percent(c.share(i, k)));
            }
            t.add(cells);
        }
        return t;
    }

    /** Members against non-members. */
    public static ReportTable members(MemberComparison m) {
        ReportTable t = new ReportTable("members", "insights.table.members", keys("metric", "members", "nonMembers")).labelled("insights.metric.");
        OrderFigures a = m.getMembers();
        OrderFigures b = m.getNonMembers();
        t.add(metric("customers", Cells.count(a.getCustomers()), Cells.count(b.getCustomers())));
        t.add(metric("orders", Cells.count(a.getOrders()), Cells.count(b.getOrders())));
        t.add(metric("repeatRate", Cells.percent(a.getRepeatRate()), Cells.percent(b.getRepeatRate())));
        t.add(metric("ordersPerCustomer", Cells.ratio(a.getOrdersPerCustomer()), Cells.ratio(b.getOrdersPerCustomer())));
        t.add(metric("averageOrderValue", Cells.money(a.getAverageOrderValue()), Cells.money(b.getAverageOrderValue())));
        t.add(metric("revenue", Cells.money(a.getRevenue()), Cells.money(b.getRevenue())));
        return t;
    }

    /** The before/after estimate with its sample sizes. */
    public static ReportTable estimate(MemberComparison m) {
        ReportTable t = new ReportTable("estimate", "insights.table.estimate", keys("group", "sample", "ordersBefore",
                "ordersAfter", "perCustomerBefore", "perCustomerAfter", "change")).labelled("insights.metric.");
        t.add(group("joiners", m.getJoiners()));
        t.add(group("comparison", m.getComparison()));
        t.add(Arrays.asList("lift", null, null, null, null, null, Cells.percent(m.getEstimatedLift())));
        return t;
    }

    private static List<String> group(String name, BeforeAfter g) {
        return Arrays.asList(name, Cells.count(g.getCustomers()), Cells.count(g.getOrdersBefore()),
                Cells.count(g.getOrdersAfter()), Cells.ratio(g.getOrdersPerCustomerBefore()),
                Cells.ratio(g.getOrdersPerCustomerAfter()), Cells.percent(g.getOrderChange()));
    }

    private static List<String> metric(String name, String current, String previous) {
        return Arrays.asList(name, current, previous);
    }

    static List<String> keys(String... names) {
        List<String> keys = new ArrayList<String>();
        for (String n : names) {
            keys.add(P + n);
        }
        return keys;
    }
}
