package org.evergreenloyalty.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.TestDatabase;

/**
 * A bench JVM: boots the store with or without the module (argument {@code with} or {@code without}; the second
 * argument is its PostgreSQL schema) and then runs the commands {@link BenchMain} sends on standard input, one at a
 * time, answering each with one line {@code @@BENCH key=value ...}. Everything else it prints is log.
 */
public final class BenchWorker {

    /** The prefix of answer lines. */
    static final String ANSWER = "@@BENCH ";

    private final BenchContext ctx;
    private final CheckoutDriver checkouts;
    private final JobFigures jobs;
    private final DashboardFigures dashboard;
    private final ImportFigures imports;

    private BenchWorker(BenchContext ctx) throws Exception {
        this.ctx = ctx;
        this.checkouts = new CheckoutDriver(ctx);
        if (ctx.withModule()) {
            TestDatabase db = TestDatabase.current();
            BulkLoader loader = new BulkLoader(ctx.bean("benchPoolDS", DataSource.class),
                    System.getProperty("evergreen.test.jdbc.url"), db.user(), db.password());
            this.jobs = new JobFigures(ctx, loader, checkouts.productId());
            this.dashboard = new DashboardFigures(ctx, System.getProperty("evergreen.test.jdbc.url"), db.user(), db.password());
            this.imports = new ImportFigures(ctx, loader, ctx.bean("benchPoolDS", DataSource.class));
        } else {
            this.jobs = null;
            this.dashboard = null;
            this.imports = null;
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream answers = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
        long start = System.nanoTime();
        BenchWorker worker;
        try {
            worker = new BenchWorker(BenchContext.boot("with".equals(args[0]), args[1]));
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            answers.println(ANSWER + "error=" + oneWord(e.toString()));
            Runtime.getRuntime().halt(1);
            return;
        }
        answers.println(ANSWER + "ready=1 bootSeconds=" + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !"quit".equals(line.trim()); line = in.readLine()) {
            String answer;
            try {
                answer = encode(worker.run(line.trim().split("\\s+")));
            } catch (Throwable e) {
                e.printStackTrace(System.out);
                answer = "error=" + oneWord(e.toString());
            }
            answers.println(ANSWER + answer);
        }
        worker.ctx.close();
        Runtime.getRuntime().halt(0);
    }

    private Map<String, Object> run(String[] cmd) throws Exception {
        switch (cmd[0]) {
            case "checkout":
                return checkouts.round(checkouts.shoppers(Integer.parseInt(cmd[1])), Integer.parseInt(cmd[2]));
            case "register":
                return checkouts.register(Integer.parseInt(cmd[1]));
            case "redeem":
                return redeem(Integer.parseInt(cmd[1]));
            case "raw":
                return jobs.rawInsert(Integer.parseInt(cmd[1]));
            case "mature":
                return jobs.maturation(Integer.parseInt(cmd[1]), false);
            case "mailmature":
                return jobs.maturation(Integer.parseInt(cmd[1]), true);
            case "expiry":
                return jobs.expiry();
            case "account":
                return jobs.accountPage(Integer.parseInt(cmd[1]), Integer.parseInt(cmd[2]), Integer.parseInt(cmd[3]));
            case "birthday":
                return jobs.birthdays(Integer.parseInt(cmd[1]));
            case "dashboard":
                return dashboard.run(Integer.parseInt(cmd[1]), Integer.parseInt(cmd[2]), Integer.parseInt(cmd[3]));
            case "import":
                return imports.run(Integer.parseInt(cmd[1]));
            case "entityscan":
                return new EntityScan(ctx).run();
            case "sqlprofile":
                return sqlProfile(cmd.length > 1 ? cmd[1] : "figure");
            default:
                throw new IllegalArgumentException("unknown command " + cmd[0]);
        }
    }

    /**
     * {@code n} pairs of checkouts, alternately plain and paying 500 points (every customer holds 2,000 points):
     * the median time of each and their ratio, for the whole checkout (the redeeming one has the extra request that
     * applies the points) and for the place-order request alone.
     */
    private Map<String, Object> redeem(int n) throws Exception {
        if (!ctx.withModule()) {
            throw new IllegalStateException("redeeming needs the module");
        }
        List<Customer> customers = checkouts.customers(2 * n, 2000);
        List<Double> plain = new ArrayList<Double>();
        List<Double> redeeming = new ArrayList<Double>();
        List<Double> plainPlace = new ArrayList<Double>();
        List<Double> redeemingPlace = new ArrayList<Double>();
        for (int i = 0; i < 2 * n; i++) {
            boolean redeem = i % 2 == 1;
            long start = System.nanoTime();
            checkouts.checkout(customers.get(i), redeem ? "500" : null, null);
            (redeem ? redeeming : plain).add((System.nanoTime() - start) / 1e6);
            (redeem ? redeemingPlace : plainPlace).add(checkouts.lastPlaceNanos() / 1e6);
        }
        Map<String, Object> r = new LinkedHashMap<String, Object>();
        r.put("plainMs", Stats.of(plain).encode());
        r.put("redeemMs", Stats.of(redeeming).encode());
        r.put("ratio", Stats.of(redeeming).median() / Stats.of(plain).median());
        r.put("plainPlaceMs", Stats.of(plainPlace).encode());
        r.put("redeemPlaceMs", Stats.of(redeemingPlace).encode());
        r.put("placeRatio", Stats.of(redeemingPlace).median() / Stats.of(plainPlace).median());
        return r;
    }

    /** Prints the statement profile since the last one (bench.sqlProfile) into the log, under {@code title}. */
    private static Map<String, Object> sqlProfile(String title) {
        List<String> lines = CountingDataSource.profile(250);
        System.out.println("=== SQL profile: " + title + " (" + lines.size() + " statements shown) ===");
        lines.forEach(System.out::println);
        Map<String, Object> r = new LinkedHashMap<String, Object>();
        r.put("lines", lines.size());
        return r;
    }

    private static String encode(Map<String, Object> values) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            Object v = e.getValue();
            b.append(b.length() == 0 ? "" : " ").append(e.getKey()).append('=')
                    .append(v instanceof Double ? String.format(Locale.ROOT, "%.4f", (Double) v) : oneWord(String.valueOf(v)));
        }
        return b.toString();
    }

    private static String oneWord(String s) {
        return s.replaceAll("\\s+", "_");
    }
}
