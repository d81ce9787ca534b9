package org.evergreenloyalty.bench;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bench's one command (scripts/bench.sh): for each database, two forked JVMs boot the same store, one with the
 * module and one without it, and run alternating rounds of real checkouts (one shopper thread, then several); the
 * JVM with the module then measures redeeming checkouts, the jobs, the account page and mail. Prints one table per
 * database and writes them to {@code target/bench-report.txt}.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchConfig config = new BenchConfig(args);
        String report = run(config);
        System.out.println(report);
        File file = new File(config.report());
        file.getAbsoluteFile().getParentFile().mkdirs();
        Files.write(file.toPath(), report.getBytes(StandardCharsets.UTF_8));
        System.out.println("written to " + file.getAbsolutePath());
        System.exit(0);
    }

    /** Runs the bench on every configured database and returns the report. */
    static String run(BenchConfig config) throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("Evergreen bench, ").append(Instant.now()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores\nsizes: ").append(config.describe()).append("\n");
        if (config.baselineEntities()) {
            out.append("baseline: the store without the module but with the module's entities mapped (bench.baselineEntities,"
                    + " a diagnostic: its ratios are not the issue's)\n");
        }
        if (config.moduleIdle()) {
            out.append("with module: installed, its checkout activities taken out (bench.moduleIdle, a diagnostic: its ratios"
                    + " are not the issue's)\n");
        }
        for (String db : config.databases()) {
            long start = System.nanoTime();
            String loadBefore = loadAverage();
            boolean only = "dashboard".equals(config.only()) || "import".equals(config.only());
            BenchReport table = only ? oneFigure(db.trim(), config) : database(db.trim(), config);
            String title = String.format("%s (%.0f s; machine load average %s before, %s after)", db.trim(),
                    (System.nanoTime() - start) / 1e9, loadBefore, loadAverage());
            out.append("\n").append(!only ? table.render(title)
                    : "import".equals(config.only()) ? table.renderImport(title) : table.renderDashboard(title));
        }
        return out.toString();
    }

    /** Only the dashboard or the import figure: one JVM with the module. */
    private static BenchReport oneFigure(String db, BenchConfig config) throws Exception {
        File logs = new File("target/bench-logs");
        BenchReport report = new BenchReport(config);
        try (WorkerProcess with = new WorkerProcess("with", db, config.schema(), config, new File(logs, db + "-with.log"))) {
            report.boot(with.awaitReady(), null);
            if ("import".equals(config.only())) {
                say(db + ": points import (loading " + config.importRows() + " customers)");
                report.pointsImport = with.send("import " + config.importRows());
            } else {
                say(db + ": dashboard (loading " + config.dashboardOrders() + " orders and " + config.dashboardEntries() + " ledger entries)");
                report.dashboard = with.send(dashboardCommand(config));
            }
        }
        return report;
    }

    private static String dashboardCommand(BenchConfig config) {
        return "dashboard " + config.dashboardOrders() + " " + config.dashboardEntries() + " " + config.dashboardCalls();
    }

    private static BenchReport database(String db, BenchConfig config) throws Exception {
        File logs = new File("target/bench-logs");
        say(db + ": booting the store " + (config.runs("checkout") ? "with and without the module" : "with the module") + " (logs in " + logs.getAbsolutePath() + ")");
        BenchReport report = new BenchReport(config);
        try (WorkerProcess with = new WorkerProcess("with", db, config.schema(), config, new File(logs, db + "-with.log"));
             // the store without the module only serves the checkout figures
             WorkerProcess without = !config.runs("checkout") ? null
                     : new WorkerProcess("without", db, config.schema() + "_base", config, new File(logs, db + "-without.log"))) {
            report.boot(with.awaitReady(), without == null ? java.util.Collections.singletonMap("bootSeconds", "-") : without.awaitReady());
            if (config.runs("checkout")) {
                register(db, config, with, without);
                warmUp(db, config, with, without, report.warmup);
                rounds(db, "checkout " + config.checkouts() + " 1", config, with, without, report.single);
                rounds(db, "checkout " + config.concurrentCheckouts() + " " + config.threads(), config, with, without, report.concurrent);
                report.scan(with.send("entityscan"), without.send("entityscan"));
            }
            if (without != null) {
                without.close();
            }
            if (config.runs("redeem")) {
                say(db + ": redeeming checkouts");
                report.redeem = with.send("redeem " + config.redeemPairs());
                profile(config, with, "redeem");
            }
            if (config.runs("jobs")) {
                say(db + ": raw JDBC batch insert");
                report.raw = with.send("raw " + config.rawRows());
                profile(config, with, "raw");
                say(db + ": points maturation job");
                report.mature = with.send("mature " + config.matureRows());
                profile(config, with, "maturation");
                say(db + ": points expiry job");
                report.expiry = with.send("expiry");
                profile(config, with, "expiry");
            }
            if (config.runs("mail")) {
                say(db + ": points maturation job with e-mail");
                report.mail = with.send("mailmature " + config.mailRows());
                profile(config, with, "mail");
            }
            if (config.runs("account")) {
                say(db + ": account page (loading " + config.ledgerEntries() + " ledger entries)");
                report.account = with.send("account " + config.customerEntries() + " " + config.ledgerEntries() + " " + config.pageCalls());
            }
            if (config.runs("birthday")) {
                say(db + ": birthday job (loading " + config.birthdayCustomers() + " customers)");
                report.birthday = with.send("birthday " + config.birthdayCustomers());
                profile(config, with, "birthday");
            }
            if (config.runs("dashboard")) {
                say(db + ": dashboard (loading " + config.dashboardOrders() + " orders and " + config.dashboardEntries() + " ledger entries)");
                report.dashboard = with.send(dashboardCommand(config));
            }
            if (config.runs("import")) {
                say(db + ": points import (loading " + config.importRows() + " customers)");
                report.pointsImport = with.send("import " + config.importRows());
            }
        }
        return report;
    }

    /**
     * Brings both JVMs to their steady state before the measured rounds (their JIT compilers are still busy for the
     * first thousand checkouts or so, the module's JVM longer, having more code): {@code bench.warmup} checkouts each
     * with one shopper thread in chunks of 200, then half as many with the shopper threads, alternating like the
     * rounds. Each chunk's rate goes into {@code into} for the report's warm-up line.
     */
    private static void warmUp(String db, BenchConfig config, WorkerProcess with, WorkerProcess without,
                               BenchReport.Rounds into) throws Exception {
        if (config.warmup() <= 0) {
            return;
        }
        say(db + ": warm-up, " + config.warmup() + " checkouts with 1 thread and " + config.warmup() / 2 + " with "
                + config.threads() + " threads, each JVM");
        List<String> chunks = new ArrayList<String>();
        for (int left = config.warmup(); left > 0; left -= BenchConfig.WARMUP_CHUNK) {
            chunks.add("checkout " + Math.min(BenchConfig.WARMUP_CHUNK, left) + " 1");
        }
        if (config.warmup() / 2 > 0) {
            chunks.add("checkout " + config.warmup() / 2 + " " + config.threads());
        }
        for (int i = 0; i < chunks.size(); i++) {
            WorkerProcess first = i % 2 == 0 ? with : without;
            WorkerProcess second = first == with ? without : with;
            for (WorkerProcess w : new WorkerProcess[] {first, second}) {
                (w == with ? into.with : into.without).add(w.send(chunks.get(i)));
            }
        }
    }

    /**
     * Registers every customer the warm-up and the rounds will need, in both JVMs, before the warm-up: a round then
     * runs checkouts only (see CheckoutDriver).
     */
    private static void register(String db, BenchConfig config, WorkerProcess with, WorkerProcess without) throws Exception {
        int n = config.warmupCheckouts() + config.rounds() * (config.checkouts() + config.concurrentCheckouts());
        say(db + ": registering " + n + " customers in each JVM");
        with.send("register " + n);
        without.send("register " + n);
    }

    /** Writes the statement profile of the figure just measured into the JVM's log (bench.sqlProfile). */
    private static void profile(BenchConfig config, WorkerProcess w, String figure) throws Exception {
        if (config.sqlProfile()) {
            w.send("sqlprofile " + figure);
        }
    }

    /** Alternating rounds: even rounds start with the module, odd rounds without it. */
    private static void rounds(String db, String command, BenchConfig config, WorkerProcess with, WorkerProcess without,
                               BenchReport.Rounds into) throws Exception {
        for (int r = 0; r < config.rounds(); r++) {
            say(db + ": round " + (r + 1) + "/" + config.rounds() + ": " + command);
            List<WorkerProcess> order = new ArrayList<WorkerProcess>();
            order.add(r % 2 == 0 ? with : without);
            order.add(r % 2 == 0 ? without : with);
            for (WorkerProcess w : order) {
                Map<String, String> answer = w.send(command);
                (w == with ? into.with : into.without).add(answer);
                profile(config, w, "round" + (r + 1));
            }
        }
    }

    /** The 1-minute load average (other processes on the machine make every figure noisier), or "?". */
    private static String loadAverage() {
        try {
            return new String(Files.readAllBytes(new File("/proc/loadavg").toPath()), StandardCharsets.US_ASCII).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static void say(String s) {
        System.out.println("[bench] " + s);
        System.out.flush();
    }
}
