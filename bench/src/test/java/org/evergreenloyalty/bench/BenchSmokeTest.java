package org.evergreenloyalty.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A smoke run of the bench in the normal build: a few checkouts and rows on HSQLDB (or the database of
 * {@code -Devergreen.test.db}, PostgreSQL in the schemas {@code evg_bench_smoke} and {@code evg_bench_smoke_base}), so the
 * harness keeps working as the module changes. It checks that every figure is reported and nothing failed, never a timing.
 */
class BenchSmokeTest {

    @Test
    void everyFigureIsReported() throws Exception {
        String report = BenchMain.run(new BenchConfig(new String[] {
            "dbs=" + System.getProperty("evergreen.test.db", "hsqldb"), "schema=evg_bench_smoke", "rounds=1", "checkouts=3", "concurrentCheckouts=4", "threads=2", "warmup=0", "redeemPairs=2",
            "rawRows=200", "matureRows=5", "mailRows=5", "ledgerEntries=2000", "customerEntries=100", "pageCalls=3",
            "birthdayCustomers=365", "dashboardOrders=2000", "dashboardEntries=20000", "dashboardCalls=1", "heap=1g"}));
        System.out.println(report);
        for (String figure : new String[] {"checkouts/s, 1 shopper thread", "checkouts/s, 2 shopper threads",
                "SQL statements per checkout (place-order request)", "commits per checkout (place-order request)",
                "redeeming / plain place-order request", "redeeming / plain checkout", "account page, 100 of", "account page, SQL statements",
                "raw JDBC batch insert", "points maturation job", "points expiry job", "birthday job, 365 customers",
                "maturation with e-mail, mails/s", "ashboard page", "entities mapped in the store's persistence unit",
                "Hibernate's walk over them per criteria query", "CPU cache flushed before each", "ratio within each round", "of it the module's threads",
                "heap allocated per checkout, KB, shopper threads (1 thread)"}) {
            assertTrue(report.contains(figure), "the report lacks '" + figure + "':\n" + report);
        }
        assertFalse(report.contains("failed"), "a checkout failed:\n" + report);
        assertTrue(report.contains("(5 mails,"), "the 5 maturation e-mails did not all arrive:\n" + report);
    }
}
