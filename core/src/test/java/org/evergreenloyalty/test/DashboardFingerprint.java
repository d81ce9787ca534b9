package org.evergreenloyalty.test;

import org.evergreenloyalty.insights.BeforeAfter;
import org.evergreenloyalty.insights.CohortTable;
import org.evergreenloyalty.insights.Granularity;
import org.evergreenloyalty.insights.InsightsService;
import org.evergreenloyalty.insights.MemberComparison;
import org.evergreenloyalty.insights.OrderFigures;
import org.evergreenloyalty.insights.PointsAccounting;
import org.evergreenloyalty.insights.ProgramHealth;
import org.evergreenloyalty.insights.ReportPeriod;
import org.evergreenloyalty.insights.RetentionRow;
import org.evergreenloyalty.insights.RollForwardRow;
import org.evergreenloyalty.ledger.EntryType;

/**
 * Every figure of one dashboard page (the insights calls of {@code Dashboard.of}: accounting with its previous
 * period, health of both, members, retention by month and quarter, cohorts) as one text, line by line, so that a
 * test (and the bench) can show that the summaries give exactly the figures the raw queries give.
 */
public final class DashboardFingerprint {

    private DashboardFingerprint() {
    }

    /** The page of {@code period} with rows per {@code granularity}. */
    public static String of(InsightsService insights, ReportPeriod period, Granularity granularity) {
        StringBuilder s = new StringBuilder();
        accounting(s, "accounting", insights.accounting(period, granularity));
        accounting(s, "previous", insights.accounting(period.previous(), Granularity.MONTH));
        health(s, "health", insights.health(period));
        health(s, "health previous", insights.health(period.previous()));
        members(s, insights.members(period));
        for (Granularity g : new Granularity[] {Granularity.MONTH, Granularity.QUARTER}) {
            for (RetentionRow r : insights.retention(period, g)) {
                s.append("retention ").append(g).append(' ').append(r.getFirst()).append(": start ").append(r.getCustomersAtStart())
                        .append(", end ").append(r.getCustomersAtEnd()).append(", new ").append(r.getNewCustomers())
                        .append(", orders ").append(r.getOrders()).append(", repeat ").append(r.getRepeatRate()).append('\n');
            }
        }
        CohortTable c = insights.cohorts(period);
        for (int i = 0; i < c.getMonths().size(); i++) {
            s.append("cohort ").append(c.getMonths().get(i)).append(':');
            for (int k = 0; k <= c.reach(i); k++) {
                s.append(' ').append(k == 0 ? c.size(i) : c.returned(i, k));
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static void accounting(StringBuilder s, String name, PointsAccounting a) {
        for (RollForwardRow r : a.getRows()) {
            row(s, name + " " + r.getFirst(), r);
        }
        row(s, name + " total", a.getTotal());
    }

    private static void row(StringBuilder s, String name, RollForwardRow r) {
        s.append(name).append(": open ").append(r.getOpening()).append('/').append(r.getPendingOpening());
        for (EntryType t : EntryType.values()) {
            long av = r.getMovements().available(t);
            long pe = r.getMovements().pending(t);
            if (av != 0 || pe != 0) {
                s.append(", ").append(t).append(' ').append(av).append('/').append(pe);
            }
        }
        s.append(", close ").append(r.getClosing()).append('/').append(r.getPendingClosing()).append('\n');
    }

    private static void health(StringBuilder s, String name, ProgramHealth h) {
        s.append(name).append(": issued ").append(h.getPointsIssued()).append(", redeemed ").append(h.getPointsRedeemed())
                .append(", orders ").append(h.getOrdersPlaced()).append(", earning ").append(h.getOrdersEarning())
                .append(", redeeming ").append(h.getOrdersRedeeming()).append(", members ").append(h.getMembers())
                .append(", active ").append(h.getActiveMembers()).append(", vouchers ").append(h.getVouchersIssued())
                .append('/').append(h.getVouchersUsed()).append('\n');
    }

    private static void members(StringBuilder s, MemberComparison m) {
        figures(s, "members", m.getMembers());
        figures(s, "non-members", m.getNonMembers());
        beforeAfter(s, "joiners", m.getJoiners());
        beforeAfter(s, "comparison", m.getComparison());
    }

    private static void figures(StringBuilder s, String name, OrderFigures f) {
        s.append(name).append(": orders ").append(f.getOrders()).append(", customers ").append(f.getCustomers())
                .append(", new ").append(f.getNewCustomers()).append(", repeat ").append(f.getRepeatCustomers())
                .append(", revenue ").append(f.getRevenue()).append('\n');
    }

    private static void beforeAfter(StringBuilder s, String name, BeforeAfter b) {
        s.append(name).append(": customers ").append(b.getCustomers()).append(", orders ").append(b.getOrdersBefore())
                .append(" -> ").append(b.getOrdersAfter()).append('\n');
    }
}
