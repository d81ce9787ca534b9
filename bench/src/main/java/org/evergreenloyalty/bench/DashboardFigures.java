package org.evergreenloyalty.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.evergreenloyalty.insights.FunnelService;
import org.evergreenloyalty.insights.Granularity;
import org.evergreenloyalty.insights.InsightsService;
import org.evergreenloyalty.insights.InsightsSummaryService;
import org.evergreenloyalty.insights.PageFigures;
import org.evergreenloyalty.insights.ReportPeriod;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.test.DashboardFingerprint;

/**
 * The Loyalty &gt; Dashboard figure: fills PostgreSQL server-side ({@code generate_series}) with {@code orders} placed
 * orders of 200,000 customers over two years (60% members with order points, 1% cancelled), {@code entries} ledger
 * entries of 120,000 members, and referrals, link visits, review requests, reviews, satisfaction answers, birthday
 * rewards and tier moves in proportion; then times every query the dashboard page runs (the same service calls as
 * {@code Dashboard.of}: accounting with the previous period, health twice, members, retention by month and quarter,
 * cohorts, the four funnels with their previous periods) for the last 30, 90 and 365 days and the last calendar month: the
 * page as the dashboard reads it ({@code PageFigures} on the module's dashboard executor), and each part alone once. Before timing, the
 * {@code insights-summary} fold runs (timed on its own: the first run builds the summaries from nothing, the second is
 * the job's incremental run), and the 30-day page's figures from the summaries are compared with the raw ones
 * computed before the fold. PostgreSQL only.
 * <p>
 * With {@code -Dbench.jvmArgs="-Devergreen.test.hbm2ddl=none -Dbench.dashboardReuse=true"} a run reuses the rows and
 * summaries an earlier run left in the schema: no load and no raw-against-summary comparison, only the job's
 * incremental fold and the timings (for trying a query change in a minute instead of a quarter of an hour).
 */
final class DashboardFigures {

    private static final long ID = 800_000_000L;

    private final BenchContext ctx;
    private final String url;
    private final String user;
    private final String password;

    DashboardFigures(BenchContext ctx, String url, String user, String password) {
        this.ctx = ctx;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    private int calls;

    Map<String, Object> run(int orders, int entries, int calls) throws Exception {
        this.calls = calls;
        Map<String, Object> r = new LinkedHashMap<String, Object>();
        if (!url.startsWith("jdbc:postgresql:")) {
            r.put("skipped", "PostgreSQL_only");
            return r;
        }
        if (Boolean.getBoolean("bench.dashboardReuse") && loaded(orders)) {
            r.put("orders", orders);
            r.put("ledgerEntries", entries);
            r.put("loadSeconds", 0.0);
            r.put("summaryEqualsRaw", "not_compared_(reused)");
            r.put("foldSeconds", 0.0);
            return timings(r, true);
        }
        long start = System.nanoTime();
        load(orders, entries, ctx.bean("evgClock", Clock.class).now());
        r.put("orders", orders);
        r.put("ledgerEntries", entries);
        r.put("loadSeconds", (System.nanoTime() - start) / 1e9);
        InsightsService insights = ctx.bean("evgInsightsService", InsightsService.class);
        FunnelService funnels = ctx.bean("evgFunnelService", FunnelService.class);
        Date now = ctx.bean("evgClock", Clock.class).now();
        ZoneId zone = insights.zone();
        // the figures of the 30-day page from the raw rows, then the summaries folded (and folded again: the
        // incremental run of the job), then the same figures from the summaries
        // (the 30 days that ended 120 days ago besides the last 30 days: the before/after-joining estimate of a
        // recent period follows the clock, so only the older page can be compared line by line in full)
        ReportPeriod month = ReportPeriod.lastDays(30, now, zone);
        ReportPeriod older = ReportPeriod.lastDays(30, new Date(now.getTime() - 120L * 86_400_000L), zone);
        String raw = timeless(DashboardFingerprint.of(insights, month, Granularity.DAY));
        String rawOlder = DashboardFingerprint.of(insights, older, Granularity.DAY);
        InsightsSummaryService summaries = ctx.bean("evgInsightsSummaryService", InsightsSummaryService.class);
        long fold = System.nanoTime();
        InsightsSummaryService.FoldReport folded = summaries.fold();
        r.put("foldSeconds", (System.nanoTime() - fold) / 1e9);
        r.put("fold", folded.toString().replace("=", ":"));
        fold = System.nanoTime();
        summaries.fold();
        r.put("refoldSeconds", (System.nanoTime() - fold) / 1e9);
        vacuum();
        r.put("summaryEqualsRaw", raw.equals(timeless(DashboardFingerprint.of(insights, month, Granularity.DAY)))
                && rawOlder.equals(DashboardFingerprint.of(insights, older, Granularity.DAY)));
        return timings(r, false);
    }

    /** Whether the schema already holds the bench's {@code orders} orders (a run with {@code bench.dashboardReuse}). */
    private boolean loaded(int orders) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("select count(*) from BLC_ORDER where ORDER_ID > " + ID)) {
            return rs.next() && rs.getLong(1) == orders;
        }
    }

    /** The incremental fold when reusing, then each period's page timed {@code calls} times after a warm-up. */
    private Map<String, Object> timings(Map<String, Object> r, boolean reused) throws Exception {
        InsightsService insights = ctx.bean("evgInsightsService", InsightsService.class);
        FunnelService funnels = ctx.bean("evgFunnelService", FunnelService.class);
        Date now = ctx.bean("evgClock", Clock.class).now();
        ZoneId zone = insights.zone();
        if (reused) {
            long fold = System.nanoTime();
            r.put("fold", ctx.bean("evgInsightsSummaryService", InsightsSummaryService.class).fold().toString().replace("=", ":"));
            r.put("refoldSeconds", (System.nanoTime() - fold) / 1e9);
            vacuum();
        }
        int calls = this.calls;
        java.util.concurrent.Executor executor = ctx.bean("evgInsightsExecutor", java.util.concurrent.Executor.class);
        java.time.YearMonth lastMonth = java.time.YearMonth.from(now.toInstant().atZone(zone)).minusMonths(1);
        Map<String, ReportPeriod> periods = new LinkedHashMap<String, ReportPeriod>();
        periods.put("30", ReportPeriod.lastDays(30, now, zone));
        periods.put("90", ReportPeriod.lastDays(90, now, zone));
        periods.put("365", ReportPeriod.lastDays(365, now, zone));
        periods.put("month", ReportPeriod.month(lastMonth, zone));
        for (Map.Entry<String, ReportPeriod> period : periods.entrySet()) {
            String days = period.getKey();
            ReportPeriod p = period.getValue();
            Granularity g = p.days() <= 92 ? Granularity.DAY : Granularity.MONTH;
            Map<String, List<Double>> parts = new LinkedHashMap<String, List<Double>>();
            // each part alone (one after the other; also the warm-up of plans and caches), for the breakdown
            page(insights, funnels, p, g).forEach((k, v) -> parts.computeIfAbsent(k, x -> new ArrayList<Double>()).add(v));
            List<Double> pages = new ArrayList<Double>();
            for (int i = 0; i < calls; i++) {
                // the page as the dashboard reads it: PageFigures on the module's dashboard executor
                long t = System.nanoTime();
                PageFigures.of(insights, funnels, p, g, executor);
                pages.add((System.nanoTime() - t) / 1e6);
            }
            r.put("page" + days + "Ms", Stats.of(pages).encode());
            StringBuilder slowest = new StringBuilder();
            parts.entrySet().stream().sorted((a, b) -> Double.compare(Stats.of(b.getValue()).median(), Stats.of(a.getValue()).median()))
                    .forEach(e -> slowest.append(slowest.length() == 0 ? "" : ",").append(e.getKey()).append(':')
                    .append(String.format(java.util.Locale.ROOT, "%.0f", Stats.of(e.getValue()).median())));
            r.put("slowest" + days + "Ms", slowest.toString());
        }
        return r;
    }

    /**
     * VACUUM ANALYZE of the summary tables the folds just wrote, as PostgreSQL's autovacuum does after a fold's inserts
     * on a live store (it sets the visibility map, so the per-day reads are index-only scans, and refreshes statistics).
     */
    private void vacuum() throws SQLException {
        BulkLoader.vacuumAnalyze(url, user, password, "EVG_INS_ACTIVITY_DAY", "EVG_INS_CUST_DAY", "EVG_INS_ORDER_DAY",
                "EVG_INS_LEDGER_HOUR", "EVG_INS_CUSTOMER", "EVG_INS_ORDER_BUCKET");
    }

    /** The figures without the before/after-joining lines (their windows end 90 days before the moving clock). */
    private static String timeless(String fingerprint) {
        return fingerprint.replaceAll("(?m)^(joiners|comparison): .*\n", "");
    }

    /** Every query of one dashboard page; the time of each part in ms. */
    private static Map<String, Double> page(InsightsService insights, FunnelService funnels, ReportPeriod p, Granularity g) {
        Map<String, Double> t = new LinkedHashMap<String, Double>();
        time(t, "accounting", () -> insights.accounting(p, g));
        time(t, "accountingPrevious", () -> insights.accounting(p.previous(), Granularity.MONTH));
        time(t, "health", () -> insights.health(p));
        time(t, "healthPrevious", () -> insights.health(p.previous()));
        time(t, "members", () -> insights.members(p));
        time(t, "retentionMonths", () -> insights.retention(p, Granularity.MONTH));
        time(t, "retentionQuarters", () -> insights.retention(p, Granularity.QUARTER));
        time(t, "cohorts", () -> insights.cohorts(p));
        time(t, "referrals", () -> funnels.referrals(p) != null && funnels.referralTotals(p.previous()) != null);
        time(t, "reviews", () -> funnels.reviews(p) != null && funnels.reviews(p.previous()) != null);
        time(t, "birthdays", () -> funnels.birthdays(p) != null && funnels.birthdays(p.previous()) != null);
        time(t, "tiers", () -> funnels.tiers(p));
        return t;
    }

    private static void time(Map<String, Double> into, String name, Supplier<Object> work) {
        long t = System.nanoTime();
        work.get();
        into.put(name, (System.nanoTime() - t) / 1e6);
    }

    /** The rows, written by the server from {@code generate_series}; times spread over the two years before {@code now}. */
    private void load(int orders, int entries, Date now) throws SQLException {
        String at = "timestamp '" + new java.sql.Timestamp(now.getTime()) + "'";
        String ago = at + " - (g % 730) * interval '1 day' - (g % 86400) * interval '1 second'";
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("insert into BLC_CUSTOMER (CUSTOMER_ID, USER_NAME, EMAIL_ADDRESS, IS_REGISTERED, DEACTIVATED) select " + ID
                    + " + g, 'dash' || g || '@example.com', 'dash' || g || '@example.com', true, false from generate_series(0, 199999) g");
            s.execute("insert into BLC_ORDER (ORDER_ID, ORDER_NUMBER, ORDER_STATUS, SUBMIT_DATE, CUSTOMER_ID, ORDER_SUBTOTAL, ORDER_TOTAL, "
                    + "CURRENCY_CODE) select " + ID + " + g, 'D' || g, case when g % 100 = 0 then 'CANCELLED' else 'SUBMITTED' end, "
                    + ago + ", " + ID + " + g % 200000, 20 + g % 150, 20 + g % 150, 'USD' from generate_series(1, " + orders + ") g");
            s.execute("insert into EVG_ORDER_POINTS (ORDER_ID, ORDER_NUMBER, CUSTOMER_ID, EARN_BASE, EARNED, REDEEMED, EARN_REVERSED, "
                    + "REDEEM_RESTORED, RETURNED_AMOUNT, SUBMITTED_AT, MATURE_AT, MATURED, CANCELLED, VERSION) select o.ORDER_ID, "
                    + "o.ORDER_NUMBER, o.CUSTOMER_ID, o.ORDER_TOTAL, o.ORDER_TOTAL, case when o.ORDER_ID % 7 = 0 then 500 else 0 end, 0, 0, "
                    + "case when o.ORDER_ID % 50 = 0 then 10 else 0 end, o.SUBMIT_DATE, o.SUBMIT_DATE, true, o.ORDER_STATUS = 'CANCELLED', 0 "
                    + "from BLC_ORDER o where o.ORDER_ID > " + ID + " and o.CUSTOMER_ID - " + ID + " < 120000");
            s.execute("insert into EVG_LOYALTY_ACCOUNT (CUSTOMER_ID, AVAILABLE, PENDING, LIFETIME_EARNED, CREATED_AT, VERSION) select "
                    + ID + " + g, 1000, 0, 5000, " + at + " - interval '800 days' + (g % 700) * interval '1 day', 0 "
                    + "from generate_series(0, 119999) g");
            s.execute("insert into EVG_LEDGER_ENTRY (ENTRY_ID, CUSTOMER_ID, ENTRY_TYPE, AVAILABLE_DELTA, PENDING_DELTA, EARNED_DELTA, "
                    + "AVAILABLE_AFTER, EVENT_KEY, ACTOR, CREATED_AT) select 3000000000 + g, " + ID + " + g % 120000, "
                    + "(array['EARN','EARN','EARN','MATURE','REDEEM','BONUS','EXPIRE','ADJUST','REVERSE','EARN'])[1 + g % 10], "
                    + "(array[80, 0, 60, 70, -500, 100, -40, 5, -20, 90])[1 + g % 10], "
                    + "(array[0, 70, 0, -70, 0, 0, 0, 0, 0, 0])[1 + g % 10], 50, 1000, 'bench-dash:' || g, 'bench', " + ago
                    + " from generate_series(1, " + entries + ") g");
            int f = Math.max(1, orders / 20);
            s.execute("insert into EVG_REFERRAL_VISIT (VISIT_ID, ADVOCATE_ID, VISITED_AT) select " + ID + " + g, " + ID + " + g % 5000, "
                    + ago + " from generate_series(1, " + 4 * f + ") g");
            s.execute("insert into EVG_REFERRAL (REFERRAL_ID, ADVOCATE_ID, FRIEND_ID, CODE, SOURCE, STATUS, CREATED_AT, UPDATED_AT, "
                    + "ORDERED_AT, REWARDED_AT, REWARD_POINTS, VERSION) select " + ID + " + g, " + ID + " + g % 5000, " + ID + " + 200000 + g, 'BENCH', "
                    + "'LINK', (array['REWARDED','QUALIFIED','PENDING','FLAGGED','REJECTED'])[1 + g % 5], " + ago + ", " + ago + ", "
                    + ago + " + interval '3 days', " + ago + " + interval '17 days', 250, 0 from generate_series(1, " + f + ") g");
            s.execute("insert into EVG_REVIEW_REQUEST (ORDER_ID, CUSTOMER_ID, SUBMITTED_AT, STATUS, REMINDER_DONE, REQUEST_SENT_AT) "
                    + "select " + ID + " + g, " + ID + " + g % 200000, " + ago + ", 'SENT', true, " + ago + " from generate_series(1, "
                    + 6 * f + ") g");
            s.execute("insert into EVG_REVIEW (REVIEW_ID, CUSTOMER_ID, PRODUCT_ID, ORDER_ID, RATING, REVIEW_TEXT, VERIFIED_BUYER, "
                    + "INCENTIVISED, STATUS, SUBMITTED_AT, REWARD_POINTS) select " + ID + " + g, " + ID + " + g, 1, " + ID + " + 3 * g, "
                    + "1 + g % 5, 'fine', true, false, case when g % 10 = 0 then 'REJECTED' else 'APPROVED' end, " + ago
                    + ", 0 from generate_series(1, " + 2 * f + ") g");
            s.execute("insert into EVG_REVIEW_SATISFACTION (ORDER_ID, CUSTOMER_ID, SCORE, ANSWERED_AT) select " + ID + " + g, "
                    + ID + " + g % 200000, g % 11, " + ago + " from generate_series(1, " + 2 * f + ") g");
            s.execute("insert into EVG_BIRTHDAY_REWARD (REWARD_ID, CUSTOMER_ID, REWARD_YEAR, BIRTHDAY_ON, ISSUED_ON, ISSUED_AT, OFFER_CODE, "
                    + "USED_AT, USED_ORDER_ID, BONUS_POINTS, MAIL_STATUS, MAIL_ATTEMPTS) select " + ID + " + g, " + ID + " + g, 2026, "
                    + "'2026-01-01', '2026-01-01', " + ago + ", 'B' || g, case when g % 3 = 0 then " + ago + " end, "
                    + "case when g % 3 = 0 then " + ID + " + 7 * g end, 50, 'SENT', 1 from generate_series(1, " + 2 * f + ") g");
            s.execute("insert into EVG_TIER_MOVE (MOVE_ID, CUSTOMER_ID, FROM_TIER_ID, TO_TIER_ID, UPGRADE, MOVED_AT) select " + ID
                    + " + g, " + ID + " + g, null, null, g % 4 <> 0, " + ago + " from generate_series(1, " + f + ") g");
            s.execute("analyze");
        }
    }
}
