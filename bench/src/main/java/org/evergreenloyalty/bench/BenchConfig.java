package org.evergreenloyalty.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The sizes of a bench run: {@code bench.<key>} system properties, overridden by {@code key=value} arguments
 * (scripts/bench.sh turns {@code -Dbench.key=value} into such arguments). The defaults are the full sizes.
 */
final class BenchConfig {

    private final Properties values = new Properties();

    BenchConfig(String[] args) {
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("bench.")) {
                values.setProperty(name.substring(6), System.getProperty(name));
            }
        }
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("bench arguments are key=value, e.g. rounds=5; got '" + a + "'");
            }
            String key = a.substring(0, eq).replaceFirst("^-D", "").replaceFirst("^bench\\.", "");
            values.setProperty(key, a.substring(eq + 1));
        }
    }

    /** Databases, in order: postgres, hsqldb or both (default). */
    List<String> databases() { return Arrays.asList(text("dbs", "postgres,hsqldb").split(",")); }
    /**
     * The parts to measure (default all): a comma list of checkout, redeem, jobs (raw insert, maturation, expiry),
     * mail, account, birthday, dashboard, import (the points import, bench.importRows). The report shows the figures of these parts only.
     */
    boolean runs(String part) {
        String only = text("only", "all");
        return only.equals("all") || Arrays.asList(only.split(",")).contains(part);
    }
    /** Alternating rounds of each checkout figure. */
    int rounds() { return number("rounds", 5); }
    /** Checkouts per single-thread round. */
    int checkouts() { return number("checkouts", 300); }
    /** Checkouts per round of the concurrent figure. */
    int concurrentCheckouts() { return number("concurrentCheckouts", 240); }
    int threads() { return number("threads", 8); }
    /**
     * Warm-up checkouts per JVM with one shopper thread before the first measured round (plus half as many with the
     * shopper threads); their rates are shown on the report's warm-up line, not in the medians. After 1,000 the JIT
     * compilers still took half a core during the rounds; after 3,000 they take a few per cent of a round (the report
     * prints that share), so the rounds measure the steady state a store runs in.
     */
    int warmup() { return number("warmup", 3000); }
    /** Checkouts per single-thread warm-up chunk. */
    static final int WARMUP_CHUNK = 200;
    /** The single-thread warm-up chunks; the concurrent chunk comes after them. */
    int warmupChunks() { return (warmup() + WARMUP_CHUNK - 1) / WARMUP_CHUNK; }
    /** Every warm-up checkout of one JVM: the single-thread ones and half as many with the shopper threads. */
    int warmupCheckouts() { return warmup() + warmup() / 2; }
    /** Pairs of plain and redeeming checkouts. */
    int redeemPairs() { return number("redeemPairs", 100); }
    int rawRows() { return number("rawRows", 20000); }
    /**
     * Orders the maturation job matures, as many as the raw insert it is compared with writes: with 2,000 its fixed
     * cost per run (about 0.1 s) was a sixth of the figure.
     */
    int matureRows() { return number("matureRows", 20000); }
    int mailRows() { return number("mailRows", 1000); }
    int ledgerEntries() { return number("ledgerEntries", 1_000_000); }
    int customerEntries() { return number("customerEntries", 10_000); }
    int pageCalls() { return number("pageCalls", 50); }
    int birthdayCustomers() { return number("birthdayCustomers", 1_000_000); }
    /** Loyalty &gt; Dashboard: placed orders, ledger entries, page loads timed (PostgreSQL only). */
    int dashboardOrders() { return number("dashboardOrders", 1_000_000); }
    int dashboardEntries() { return number("dashboardEntries", 10_000_000); }
    int dashboardCalls() { return number("dashboardCalls", 5); }
    /** Loyalty &gt; Import: rows of the points import file (customers loaded for it). */
    int importRows() { return number("importRows", 100_000); }
    /** "dashboard" or "import": only that figure (one JVM with the module); empty: everything. */
    String only() { return text("only", ""); }
    String pgUrl() { return text("pgUrl", "jdbc:postgresql://127.0.0.1:5432/evergreen_test"); }
    String pgUser() { return text("pgUser", "evergreen"); }
    String pgPassword() { return text("pgPassword", "evergreen"); }
    /** PostgreSQL schema of the JVM with the module; the baseline uses this name + {@code _base}. */
    String schema() { return text("schema", "evg_bench"); }
    /** Heap of each bench JVM. */
    String heap() { return text("heap", "3g"); }
    /**
     * With true, each JVM profiles its SQL statements (count, batched rows, time per statement text and thread kind)
     * and writes the top statements of every figure into its log in target/bench-logs.
     */
    boolean sqlProfile() { return Boolean.parseBoolean(text("sqlProfile", "false")); }
    /**
     * With true, the store without the module maps the module's entities all the same (a diagnostic baseline, not the
     * issue's): the ratios then leave out what Hibernate's walk over the longer list of mapped entities costs
     * Broadleaf's criteria queries, and show what the module's own work costs.
     */
    boolean baselineEntities() { return Boolean.parseBoolean(text("baselineEntities", "false")); }
    /**
     * With true, the store with the module runs without the module's two checkout activities (a diagnostic, not the
     * issue's figure): no order event is written and nothing is booked, so a ratio against the baseline shows what
     * the module's presence alone costs (its mapped entities, beans, threads, heap), apart from its work.
     */
    boolean moduleIdle() { return Boolean.parseBoolean(text("moduleIdle", "false")); }
    /** Extra options of the bench JVMs, space-separated; {@code {variant}} becomes with/without (e.g. a flight recording). */
    List<String> jvmArgs() {
        String v = text("jvmArgs", "");
        return v.isEmpty() ? java.util.Collections.<String>emptyList() : Arrays.asList(v.split("\\s+"));
    }
    /** Where the report goes. */
    String report() { return text("report", "target/bench-report.txt"); }

    /** Every setting, for the report's header. */
    String describe() {
        return (runs("all") ? "" : "only=" + text("only", "all") + " ") + "rounds=" + rounds() + " checkouts=" + checkouts() + " concurrentCheckouts=" + concurrentCheckouts() + " threads=" + threads()
                + " warmup=" + warmup() + " redeemPairs=" + redeemPairs() + " rawRows=" + rawRows() + " matureRows=" + matureRows()
                + " mailRows=" + mailRows() + " ledgerEntries=" + ledgerEntries() + " customerEntries=" + customerEntries()
                + " pageCalls=" + pageCalls() + " birthdayCustomers=" + birthdayCustomers() + " dashboardOrders=" + dashboardOrders()
                + " dashboardEntries=" + dashboardEntries() + " dashboardCalls=" + dashboardCalls() + " importRows=" + importRows() + (only().isEmpty() ? "" : " only=" + only());
    }

    private String text(String key, String fallback) {
        String v = values.getProperty(key);
        return v == null || v.trim().isEmpty() ? fallback : v.trim();
    }

    private int number(String key, int fallback) {
        String v = text(key, String.valueOf(fallback)).replace("_", "");
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bench." + key + " must be a whole number >= 0, was '" + v + "'");
        }
    }
}
