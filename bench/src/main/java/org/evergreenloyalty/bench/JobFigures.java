package org.evergreenloyalty.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.scheduling.JobRunner;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.TestMailServer;
import org.evergreenloyalty.web.LoyaltyAccountPage;
import org.evergreenloyalty.web.MoneyFormat;
import org.evergreenloyalty.web.StorefrontLoyalty;

/**
 * The figures of the module alone (bench JVM with the module): the jobs' rows per second against a raw JDBC batch
 * insert, the maturation job with its e-mails to the local SMTP server, the account page of a customer with a long
 * history in a large ledger, and the birthday job over many customers. Each job runs through the module's job runner
 * on the module clock; rows are counted in the database.
 */
final class JobFigures {

    private static final long DAY = 24L * 60 * 60 * 1000;

    private final BenchContext ctx;
    private final BulkLoader loader;
    private final long productId;
    private final AdjustableClock clock;
    private long nextOrderId = 90_000_000L;

    JobFigures(BenchContext ctx, BulkLoader loader, long productId) {
        this.ctx = ctx;
        this.loader = loader;
        this.productId = productId;
        this.clock = ctx.bean("evgClock", AdjustableClock.class);
    }

    Map<String, Object> rawInsert(int n) throws Exception {
        Map<String, Object> r = new LinkedHashMap<String, Object>();
        r.put("rows", n);
        r.put("perSecond", loader.rawInsert(n));
        return r;
    }

    /**
     * {@code n} customers each with one order's pending points (booked through the module's order processing), then
     * the clock moves past the pending period and the job {@code points-maturation} runs. With {@code mail}, the
     * "points available" e-mail is on and the figure lasts until the last e-mail has reached the SMTP server.
     */
    Map<String, Object> maturation(int n, boolean mail) throws Exception {
        mails(mail);
        String prefix = mail ? "bench-mail-" : "bench-mature-";
        long first = loader.customers(n, prefix);
        OrderCompletionService completion = ctx.bean("evgOrderCompletionService", OrderCompletionService.class);
        List<Long> orders = new ArrayList<Long>();
        for (int i = 0; i < n; i++) {
            long customer = first + i;
            long orderId = nextOrderId++;
            CompletedOrder order = new CompletedOrder(orderId, "BENCH-" + orderId, customer, "bench-" + customer + "@example.com", "USD",
                    new BigDecimal("49.98"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("49.98"), clock.now(),
                    Collections.singletonList(new CompletedOrder.Line(orderId, productId, "Bench tea", null, 2, new BigDecimal("49.98"))));
            ctx.request(() -> completion.process(order));
            orders.add(orderId);
        }
        for (Long id : orders) {
            while (!completion.isProcessed(id)) {
                Thread.sleep(2);
            }
        }
        ctx.followModuleClock();
        clock.advance(31 * DAY);
        Map<String, Object> r = job("points-maturation", "select count(*) from EVG_LEDGER_ENTRY where ENTRY_TYPE = 'MATURE'");
        if (mail) {
            long start = System.nanoTime() - (long) ((Double) r.get("seconds") * 1e9);
            long deadline = System.nanoTime() + 600_000_000_000L;
            int received = 0;
            // only this figure's customers: the same job run also matures the points of the bench's earlier checkouts,
            // and those customers get their own e-mails
            while ((received = TestMailServer.messagesTo(prefix).size()) < n && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            r.put("mails", received);
            r.put("mailSeconds", seconds);
            r.put("mailsPerSecond", received / seconds);
        }
        return r;
    }

    /** The clock moves past the expiry of the points matured so far, then the job {@code points-expiry} runs. */
    Map<String, Object> expiry() throws Exception {
        mails(false);
        PointsSettings s = ctx.bean("evgPointsSettingsService", PointsSettingsService.class).current();
        ctx.followModuleClock();
        clock.advance((s.getExpiryDays() + 1) * DAY);
        return job("points-expiry", "select count(*) from EVG_LEDGER_ENTRY where ENTRY_TYPE = 'EXPIRE'");
    }

    /**
     * One customer with {@code ofTarget} entries among {@code total} ledger entries: the median time and SQL statements
     * of building the account page (history page 1) over {@code calls} calls after 5 warm-up calls.
     */
    Map<String, Object> accountPage(int ofTarget, int total, int calls) throws Exception {
        long target = loader.customers(1, "bench-account-");
        long loadStart = System.nanoTime();
        loader.ledger(target, ofTarget, total, Math.max(1, total / 10), clock.now());
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        StorefrontLoyalty loyalty = ctx.bean("evgStorefrontLoyalty", StorefrontLoyalty.class);
        MoneyFormat money = new MoneyFormat("USD", Locale.US);
        List<Double> ms = new ArrayList<Double>();
        List<Double> sql = new ArrayList<Double>();
        long history = 0;
        for (int i = 0; i < calls + 5; i++) {
            long[] before = CountingDataSource.thread();
            long start = System.nanoTime();
            LoyaltyAccountPage page = ctx.request(() -> loyalty.accountPage(target, "1", money));
            long elapsed = System.nanoTime() - start;
            long[] after = CountingDataSource.thread();
            if (page == null) {
                throw new IllegalStateException("no account page for customer " + target);
            }
            if (i >= 5) {
                ms.add(elapsed / 1e6);
                sql.add((double) (after[0] - before[0]));
            }
        }
        history = loader.count("select count(*) from EVG_LEDGER_ENTRY where CUSTOMER_ID = " + target);
        Map<String, Object> r = new LinkedHashMap<String, Object>();
        r.put("entriesOfCustomer", history);
        r.put("entriesInTable", loader.count("select count(*) from EVG_LEDGER_ENTRY"));
        r.put("loadSeconds", loadSeconds);
        r.put("ms", Stats.of(ms).encode());
        r.put("sql", Stats.of(sql).median());
        return r;
    }

    /**
     * {@code n} customers with birthdays spread over the year (every day has its share), then the job
     * {@code birthday-rewards} runs once on today's date.
     */
    Map<String, Object> birthdays(int n) throws Exception {
        long loadStart = System.nanoTime();
        long first = loader.customers(n, "bench-birthday-");
        loader.birthdays(first, n, clock.now());
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        Map<String, Object> r = job("birthday-rewards", "select count(*) from EVG_BIRTHDAY_REWARD");
        r.put("customers", n);
        r.put("loadSeconds", loadSeconds);
        return r;
    }

    /** Runs {@code job} now; the rows it made are the growth of {@code countSql}. */
    private Map<String, Object> job(String job, String countSql) throws Exception {
        long rowsBefore = loader.count(countSql);
        CountingDataSource.profile(0); // the statement profile (bench.sqlProfile) shows the job alone
        long[] before = CountingDataSource.total();
        long start = System.nanoTime();
        // as the scheduler runs it: no request, no EntityManager open in view
        ctx.bean("evgJobRunner", JobRunner.class).runNow(job);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] after = CountingDataSource.total();
        long rows = loader.count(countSql) - rowsBefore;
        Map<String, Object> r = new LinkedHashMap<String, Object>();
        r.put("rows", rows);
        r.put("seconds", seconds);
        r.put("perSecond", rows / seconds);
        r.put("sqlPerRow", rows == 0 ? 0 : (double) (after[0] - before[0]) / rows);
        r.put("commitsPerRow", rows == 0 ? 0 : (double) (after[1] - before[1]) / rows);
        return r;
    }

    /** Points e-mails: only "points available", and only when {@code available}. */
    private void mails(boolean available) {
        PointsSettingsService service = ctx.bean("evgPointsSettingsService", PointsSettingsService.class);
        PointsSettings s = service.current();
        s.setMailPointsAvailable(available);
        s.setMailPointsExpiring(false);
        s.setMailTierReached(false);
        service.save(s);
    }
}
