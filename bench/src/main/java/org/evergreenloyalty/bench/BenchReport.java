package org.evergreenloyalty.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One database's figures as the plain-text table of issue 11: figure | with module | without | ratio | target | met?
 * Checkout figures are the median over the rounds with min-max; every other figure is from the JVM with the module.
 */
final class BenchReport {

    /** The answers of the rounds of one checkout figure, per JVM. */
    static final class Rounds {
        final List<Map<String, String>> with = new ArrayList<Map<String, String>>();
        final List<Map<String, String>> without = new ArrayList<Map<String, String>>();
    }

    final Rounds single = new Rounds();
    final Rounds concurrent = new Rounds();
    /** The warm-up chunks (single-thread chunks, then one concurrent chunk), not part of any median. */
    final Rounds warmup = new Rounds();
    Map<String, String> bootWith;
    Map<String, String> bootWithout;
    Map<String, String> redeem;
    Map<String, String> raw;
    Map<String, String> mature;
    Map<String, String> expiry;
    Map<String, String> mail;
    Map<String, String> account;
    Map<String, String> birthday;
    Map<String, String> dashboard;
    Map<String, String> pointsImport;
    private Map<String, String> scanWith;
    private Map<String, String> scanWithout;

    private final BenchConfig config;
    private final List<String[]> rows = new ArrayList<String[]>();

    BenchReport(BenchConfig config) {
        this.config = config;
    }

    void boot(Map<String, String> with, Map<String, String> without) {
        this.bootWith = with;
        this.bootWithout = without;
    }

    /** The answers of {@link EntityScan} in each JVM. */
    void scan(Map<String, String> with, Map<String, String> without) {
        this.scanWith = with;
        this.scanWithout = without;
    }

    /** The table, titled {@code title}. */
    String render(String title) {
        rows.clear();
        row("figure", "with module", "without", "ratio", "target", "met?");
        if (!single.with.isEmpty()) {
            checkouts();
        }
        if (redeem != null) {
            redeeming();
        }
        if (account != null) {
            account();
        }
        if (raw != null) {
            jobs();
        }
        if (birthday != null) {
            birthday();
        }
        if (mail != null) {
            mail();
        }
        if (dashboard != null) {
            dashboardRows();
        }
        if (pointsImport != null) {
            importRows();
        }
        row("boot, s", bootWith.get("bootSeconds"), bootWithout.get("bootSeconds"), "", "", "");
        return title + "\n" + table();
    }

    private void checkouts() {
        throughput("checkouts/s, 1 shopper thread", single);
        throughput("checkouts/s, " + config.threads() + " shopper threads", concurrent);
        withinRounds("checkouts/s, ratio within each round (its two runs back to back), 1 shopper thread", single);
        withinRounds("checkouts/s, ratio within each round (its two runs back to back), " + config.threads() + " shopper threads", concurrent);
        extra("SQL statements per checkout (place-order request)", "placeSql", 1, "<= +3", 3);
        extra("SQL statements per checkout (cart + 2 items + order)", "flowSql", 1, "", Double.NaN);
        extra("SQL statements per checkout (all threads, background too)", "allThreadsSql", 1, "", Double.NaN);
        extra("commits per checkout (place-order request)", "placeCommits", 1, "<= +1", 1);
        extra("commits per checkout (cart + 2 items + order)", "flowCommits", 1, "", Double.NaN);
        extra("commits per checkout (all threads, background too)", "allThreadsCommits", 1, "", Double.NaN);
        booked("checkouts/s until every order of the round was booked, 1 shopper thread", single);
        booked("checkouts/s until every order of the round was booked, " + config.threads() + " shopper threads", concurrent);
        Stats drain = stats(single.with, "drainMs");
        row("module catch-up after a round, ms (1 thread)", drain.show(0), "-", "", "info", "");
        Stats drainConcurrent = stats(concurrent.with, "drainMs");
        row("module catch-up after a round, ms (" + config.threads() + " threads)", drainConcurrent.show(0), "-", "", "info", "");
        String many = " (" + config.threads() + " threads)";
        perJvm("CPU per checkout, ms, shopper threads (1 thread)", "shopperCpuMs", single);
        perJvm("heap allocated per checkout, KB, shopper threads (1 thread)", "shopperAllocKb", single);
        perJvm("heap allocated per checkout, KB, shopper threads" + many, "shopperAllocKb", concurrent);
        perJvm("CPU per checkout until booked, ms, bench JVM (1 thread)", "jvmCpuMs", single);
        perJvm("CPU per checkout until booked, ms, bench JVM" + many, "jvmCpuMs", concurrent);
        perJvm("  of it shopper threads" + many, "shopperCpuMs", concurrent);
        perJvm("  of it the module's threads (order events, outbox, mail, jobs)" + many, "moduleCpuMs", concurrent);
        perJvm("  of it the store's other Java threads" + many, "otherJavaCpuMs", concurrent);
        perJvm("  of it garbage collection, JIT and the JVM's own threads" + many, "jvmOwnCpuMs", concurrent);
        if (stats(single.with, "pgCpuMs").median() >= 0) {
            perJvm("CPU per checkout until booked, ms, PostgreSQL (1 thread)", "pgCpuMs", single);
            perJvm("CPU per checkout until booked, ms, PostgreSQL" + many, "pgCpuMs", concurrent);
        }
        perJvm("garbage collections per 100 checkouts (1 thread)", "gcPer100", single);
        perJvm("garbage collections per 100 checkouts" + many, "gcPer100", concurrent);
        perJvm("heap in use after the last collection, MB (1 thread)", "liveMb", single);
        row("JIT compiler time during a round, % of the round (1 thread)", stats(single.with, "compileShare").percent(),
                stats(single.without, "compileShare").percent(), "", "info", "");
        if (scanWith != null) {
            row("entities mapped in the store's persistence unit", scanWith.get("entities"), scanWithout.get("entities"), "", "info", "");
            Stats scan = Stats.decode(scanWith.get("scanMicros"));
            Stats scanBase = Stats.decode(scanWithout.get("scanMicros"));
            row("Hibernate's walk over them per criteria query, microseconds, in a tight loop", scan.show(1), scanBase.show(1),
                    f(scan.median() / scanBase.median(), 2), "info", "");
            Stats cold = Stats.decode(scanWith.get("coldScanMicros"));
            Stats coldBase = Stats.decode(scanWithout.get("coldScanMicros"));
            row("Hibernate's walk over them per criteria query, microseconds, CPU cache flushed before each", cold.show(1), coldBase.show(1),
                    f(cold.median() / coldBase.median(), 2), "info", "");
        }
        if (!warmup.with.isEmpty()) {
            row("warm-up before the rounds, checkouts/s per chunk (not measured)", rates(warmup.with, "perSecond", 1),
                    rates(warmup.without, "perSecond", 1), "", "info", "");
            row("warm-up, JIT compiler time per chunk, % of the chunk", rates(warmup.with, "compileShare", 100),
                    rates(warmup.without, "compileShare", 100), "", "info", "");
        }
    }

    /**
     * One figure of each chunk in order, times {@code scale}, e.g. "14 21 26 | 41" (after the bar: the concurrent
     * chunk, which comes after the first single-thread chunks).
     */
    private String rates(List<Map<String, String>> chunks, String key, double scale) {
        int concurrentChunk = config.warmupChunks();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < chunks.size(); i++) {
            b.append(i == 0 ? "" : i == concurrentChunk ? " | " : " ").append(f(num(chunks.get(i), key) * scale, 0));
        }
        return b.toString();
    }

    private void redeeming() {
        Stats plainPlace = Stats.decode(redeem.get("plainPlaceMs"));
        Stats redeemingPlace = Stats.decode(redeem.get("redeemPlaceMs"));
        double pr = num(redeem, "placeRatio");
        row("redeeming / plain place-order request, ms", redeemingPlace.show(0), plainPlace.show(0) + " (plain)", f(pr, 2), "<= 1.10",
                met(pr <= 1.10));
        Stats plain = Stats.decode(redeem.get("plainMs"));
        Stats redeeming = Stats.decode(redeem.get("redeemMs"));
        row("redeeming / plain checkout (+1 request to apply points), ms", redeeming.show(0), plain.show(0) + " (plain)",
                f(num(redeem, "ratio"), 2), "info", "");
    }

    private void account() {
        Stats page = Stats.decode(account.get("ms"));
        row("account page, " + account.get("entriesOfCustomer") + " of " + account.get("entriesInTable") + " entries, ms",
                page.show(1), "", "", "<= 20 ms", met(page.median() <= 20));
        double sql = num(account, "sql");
        row("account page, SQL statements", f(sql, 0), "", "", "<= 6", met(sql <= 6));
    }

    private void jobs() {
        double rawRate = num(raw, "perSecond");
        row("raw JDBC batch insert, rows/s (baseline)", f(rawRate, 0), "", "", "", "");
        job("points maturation job, rows/s", mature, rawRate);
        job("points expiry job, rows/s", expiry, rawRate);
    }

    private void birthday() {
        double scaled = 30.0 * num(birthday, "customers") / 1_000_000;
        double bs = num(birthday, "seconds");
        row("birthday job, " + birthday.get("customers") + " customers, s", f(bs, 1) + " (" + birthday.get("rows") + " rewards, "
                + f(num(birthday, "commitsPerRow"), 1) + " commits each)", "", "", "< 30 s per 1M (" + f(scaled, 1) + " s)", met(bs < scaled));
    }

    private void mail() {
        double mails = num(mail, "mailsPerSecond");
        row("maturation with e-mail, mails/s", f(mails, 0) + " (" + mail.get("mails") + " mails, job " + f(num(mail, "seconds"), 1) + " s)",
                "", "", ">= 200", met(mails >= 200));
    }

    /** The dashboard figure alone (bench.only=dashboard). */
    String renderDashboard(String title) {
        rows.clear();
        row("figure", "with module", "without", "ratio", "target", "met?");
        dashboardRows();
        row("boot, s", bootWith.get("bootSeconds"), "", "", "", "");
        return title + "\n" + table();
    }

    /** The points import figure alone (bench.only=import). */
    String renderImport(String title) {
        rows.clear();
        row("figure", "with module", "without", "ratio", "target", "met?");
        importRows();
        row("boot, s", bootWith.get("bootSeconds"), "", "", "", "");
        return title + "\n" + table();
    }

    private void importRows() {
        if (pointsImport.containsKey("error")) {
            row("points import", "error: " + pointsImport.get("error"), "", "", "", "");
            return;
        }
        double rows = num(pointsImport, "rows");
        double target = 60 * rows / 100_000;
        double apply = num(pointsImport, "applySeconds");
        row("points import, " + pointsImport.get("rows") + " rows by e-mail, dry run, s", f(num(pointsImport, "dryRunSeconds"), 1)
                + " (" + pointsImport.get("dryRunChanges") + " rows would change)", "", "", "info", "");
        row("points import, apply (ADD), s", f(apply, 1) + " (" + pointsImport.get("applied") + " rows posted)", "", "",
                "< 60 s per 100,000 (" + f(target, 0) + " s)", met(apply < target));
        row("points import, the same import id again, s", f(num(pointsImport, "reapplySeconds"), 1) + " ("
                + pointsImport.get("reapplyUnchanged") + " rows already applied)", "", "", "changes nothing",
                met(num(pointsImport, "reapplyUnchanged") == rows));
        double set = num(pointsImport, "setSeconds");
        row("points import, apply (SET by id, half of them debits), s", f(set, 1) + " (" + pointsImport.get("setApplied") + " rows posted)",
                "", "", "< 60 s per 100,000 (" + f(target, 0) + " s)", met(set < target));
        row("points import, ledger entries written / accounts = sum of entries = sum of lots", pointsImport.get("entries") + " / "
                + pointsImport.get("balancesRight"), "", "", 2 * (long) rows + " / " + (long) rows,
                met(num(pointsImport, "entries") == 2 * rows && num(pointsImport, "balancesRight") == rows));
    }

    private void dashboardRows() {
        if (dashboard == null || dashboard.containsKey("skipped")) {
            row("Loyalty > Dashboard page", "skipped (PostgreSQL only)", "", "", "", "");
            return;
        }
        double scale = Math.max(num(dashboard, "orders") / 1_000_000, num(dashboard, "ledgerEntries") / 10_000_000);
        for (String days : new String[] {"30", "90", "365", "month"}) {
            if (dashboard.get("page" + days + "Ms") == null) {
                continue;
            }
            Stats page = Stats.decode(dashboard.get("page" + days + "Ms"));
            row("dashboard page, " + ("month".equals(days) ? "last calendar month" : "last " + days + " days") + ", "
                    + dashboard.get("orders") + " orders, " + dashboard.get("ledgerEntries")
                    + " ledger entries, ms, parts read side by side (each part alone, slowest first: " + dashboard.get("slowest" + days + "Ms") + ")", page.show(0), "", "",
                    "< 2000 at 1M/10M" + (scale < 1 ? " (this size: " + f(2000 * scale, 0) + ")" : ""), met(page.median() < 2000 * Math.min(1, scale)));
        }
        row("dashboard data load (server-side generate_series), s", f(num(dashboard, "loadSeconds"), 0), "", "", "info", "");
        row("dashboard summaries: first fold (from nothing: " + dashboard.get("fold") + "), s", f(num(dashboard, "foldSeconds"), 1),
                "", "", "info", "");
        row("dashboard summaries: next fold (the job's incremental run), s", f(num(dashboard, "refoldSeconds"), 1), "", "", "info", "");
        row("dashboard figures from summaries = raw figures (30-day pages: last 30 days, 120 days ago)", String.valueOf(dashboard.get("summaryEqualsRaw")), "", "",
                "true", met("true".equals(String.valueOf(dashboard.get("summaryEqualsRaw")))));
    }

    private void throughput(String figure, Rounds r) {
        Stats w = stats(r.with, "perSecond");
        Stats wo = stats(r.without, "perSecond");
        double ratio = w.median() / wo.median();
        long failed = failed(r);
        row(figure + (failed > 0 ? " (" + failed + " failed)" : ""), w.show(1), wo.show(1), f(ratio, 2), ">= 0.97", met(ratio >= 0.97));
    }

    /**
     * The ratio of each round's two runs (with / without, one right after the other), median and min-max: a slow
     * stretch of the machine that spans a round shows in both of its runs, so these spread less than the medians'
     * ratio when the machine's speed drifts.
     */
    private void withinRounds(String figure, Rounds r) {
        List<Double> ratios = new ArrayList<Double>();
        for (int i = 0; i < Math.min(r.with.size(), r.without.size()); i++) {
            ratios.add(num(r.with.get(i), "perSecond") / num(r.without.get(i), "perSecond"));
        }
        row(figure, Stats.of(ratios).show(2), "", "", "info", "");
    }

    /**
     * Throughput counted until the module had booked the round's last order (the round's time plus the catch-up): what
     * a store sustains when checkouts never pause, since booking that a burst defers must be done some time.
     */
    private void booked(String figure, Rounds r) {
        Stats w = stats(r.with, "bookedPerSecond");
        Stats wo = stats(r.without, "bookedPerSecond");
        row(figure, w.show(1), wo.show(1), f(w.median() / wo.median(), 2), "info", "");
    }

    /** A figure of the JVMs' costs over {@code rounds}, side by side; the ratio column shows with / without. */
    private void perJvm(String figure, String key, Rounds rounds) {
        Stats w = stats(rounds.with, key);
        Stats wo = stats(rounds.without, key);
        row(figure, w.show(2), wo.show(2), wo.median() > 0 ? f(w.median() / wo.median(), 2) : "", "info", "");
    }

    /** A per-checkout count: medians over the single-thread rounds; the ratio column shows the difference. */
    private void extra(String figure, String key, int decimals, String target, double limit) {
        Stats w = stats(single.with, key);
        Stats wo = stats(single.without, key);
        double diff = w.median() - wo.median();
        row(figure, f(w.median(), decimals), f(wo.median(), decimals), (diff >= 0 ? "+" : "") + f(diff, decimals), target,
                Double.isNaN(limit) ? "" : met(diff <= limit));
    }

    private void job(String figure, Map<String, String> r, double rawRate) {
        double rate = num(r, "perSecond");
        double k = rawRate / rate;
        row(figure, f(rate, 0) + " (" + r.get("rows") + " rows, " + f(num(r, "sqlPerRow"), 1) + " SQL, "
                + f(num(r, "commitsPerRow"), 2) + " commits a row)", "", "1 : " + f(k, 1), ">= 1 : 4", met(k <= 4));
    }

    private static long failed(Rounds r) {
        long n = 0;
        for (Map<String, String> m : r.with) {
            n += (long) num(m, "failed");
        }
        for (Map<String, String> m : r.without) {
            n += (long) num(m, "failed");
        }
        return n;
    }

    private static Stats stats(List<Map<String, String>> answers, String key) {
        List<Double> v = new ArrayList<Double>();
        for (Map<String, String> m : answers) {
            v.add(num(m, key));
        }
        return Stats.of(v);
    }

    private static double num(Map<String, String> m, String key) {
        String v = m.get(key);
        if (v == null) {
            throw new IllegalStateException("the bench JVM's answer has no " + key + ": " + m);
        }
        return Double.parseDouble(v);
    }

    private static String f(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String met(boolean ok) {
        return ok ? "yes" : "NO";
    }

    private void row(String... cells) {
        rows.add(cells);
    }

    private String table() {
        int[] width = new int[6];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < rows.size(); n++) {
            String[] r = rows.get(n);
            for (int i = 0; i < r.length; i++) {
                b.append(i == 0 ? "" : " | ").append(String.format("%-" + width[i] + "s", r[i]));
            }
            b.append('\n');
            if (n == 0) {
                for (int i = 0; i < width.length; i++) {
                    b.append(i == 0 ? "" : "-|-").append(new String(new char[width[i]]).replace('\0', '-'));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
