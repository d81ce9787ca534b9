package org.evergreenloyalty.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.notification.OutboxRepository;
import org.evergreenloyalty.notification.OutboxStatus;
import org.evergreenloyalty.order.OrderEventRepository;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestDatabase;
import org.evergreenloyalty.test.TestMailServer;

/**
 * Real storefront checkouts through Broadleaf's services, each as the three requests a shopper makes (cart with the
 * first item, the second item, place the order with a test payment), each request with its EntityManager open in
 * view. Customers are registered before the clock starts; every checkout has a customer of its own. BenchMain registers
 * the customers of the warm-up and of every round at once, before the warm-up ({@link #register}), so that a round runs
 * checkouts only: registering customers (with the module: referral codes, welcome e-mails through the outbox) between
 * the rounds changed the JVM's hot code every round, and its JIT compiler recompiled checkout's code in the next round.
 */
final class CheckoutDriver {

    /** Indexes of the counters a round sums over its checkouts (request threads only). */
    private static final long TEN_MINUTES = 600_000_000_000L;
    private static final int FLOW_SQL = 0, FLOW_COMMITS = 1, PLACE_SQL = 2, PLACE_COMMITS = 3, FAILED = 4, SHOPPER_CPU = 5, SHOPPER_ALLOC = 6;

    private final BenchContext ctx;
    private final StoreFixtures store;
    private final Product first;
    private final Product second;
    /** Nanoseconds of the place-order request of the calling thread's last checkout. */
    private final ThreadLocal<Long> lastPlaceNanos = ThreadLocal.withInitial(() -> 0L);
    /** Customers registered ahead ({@link #register}), taken by {@link #shoppers}. */
    private final ArrayDeque<Customer> registered = new ArrayDeque<Customer>();

    CheckoutDriver(BenchContext ctx) throws Exception {
        this.ctx = ctx;
        this.store = ctx.request(() -> new StoreFixtures(ctx.get()));
        Category category = ctx.request(() -> store.category("Bench"));
        this.first = ctx.request(() -> store.product("Bench tea", "19.99", category));
        this.second = ctx.request(() -> store.product("Bench mug", "29.99", category));
    }

    long productId() {
        return first.getId();
    }

    /** Registers {@code n} customers for later rounds ({@link #shoppers}); returns how many are waiting. */
    Map<String, Object> register(int n) throws Exception {
        registered.addAll(customers(n, 0));
        Map<String, Object> r = new LinkedHashMap<String, Object>();
        r.put("registered", registered.size());
        return r;
    }

    /** {@code n} customers without points for a round: those registered ahead first, then new ones. */
    List<Customer> shoppers(int n) throws Exception {
        List<Customer> result = new ArrayList<Customer>(n);
        while (result.size() < n && !registered.isEmpty()) {
            result.add(registered.poll());
        }
        result.addAll(customers(n - result.size(), 0));
        return result;
    }

    /** {@code n} new registered customers, each with {@code points} available when the module is installed and points > 0. */
    List<Customer> customers(int n, long points) throws Exception {
        List<Customer> result = new ArrayList<Customer>(n);
        for (int i = 0; i < n; i++) {
            Customer c = ctx.request(store::customer);
            if (points > 0 && ctx.withModule()) {
                ctx.bean("evgPointsAccountService", PointsAccountService.class)
                        .grantBonus(c.getId(), points, "bench:seed:" + c.getId(), "bench balance", "bench", null);
            }
            result.add(c);
        }
        awaitOutbox();
        return result;
    }

    /**
     * Waits until the module's outbox has sent what registering the customers queued (their welcome e-mails): that is
     * registration's work, done before the clock starts like the registration itself, not the checkouts'.
     */
    private void awaitOutbox() throws Exception {
        if (!ctx.withModule()) {
            return;
        }
        OutboxRepository outbox = ctx.bean("evgOutboxRepository", OutboxRepository.class);
        await(() -> ctx.request(() -> outbox.count(OutboxStatus.PENDING)) == 0, System.nanoTime() + TEN_MINUTES, 5,
                "the outbox still holds pending e-mails");
        // the bench's SMTP server keeps every message it received in memory, and a mailbox for each recipient (a store's
        // mail server does neither): thousands of welcome e-mails left there were tens of MB more live heap in the JVM
        // with the module, for every round, and their 11,000 or so empty mailboxes still about 4 MB
        TestMailServer.forgetEverything();
    }

    /**
     * One checkout round: {@code customers} check out, split over {@code threads} shopper threads. Returns the figures
     * of the round (wall time, SQL statements and commits per checkout, the time the module's background work needs
     * to catch up afterwards).
     */
    Map<String, Object> round(List<Customer> customers, int threads) throws Exception {
        AtomicLongArray sums = new AtomicLongArray(7);
        List<Long> orders = Collections.synchronizedList(new ArrayList<Long>());
        AtomicLong next = new AtomicLong();
        long[] before = CountingDataSource.total();
        long compileBefore = compileMillis();
        long jvmCpuBefore = CpuMeter.process();
        Map<Long, long[]> threadCpuBefore = CpuMeter.threads();
        long gcBefore = CpuMeter.collections();
        boolean pg = TestDatabase.current() == TestDatabase.POSTGRES;
        long pgCpuBefore = pg ? CpuMeter.postgres() : -1;
        long start = System.nanoTime();
        List<Thread> shoppers = new ArrayList<Thread>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                for (int i = (int) next.getAndIncrement(); i < customers.size(); i = (int) next.getAndIncrement()) {
                    try {
                        orders.add(checkout(customers.get(i), null, sums));
                    } catch (Exception e) {
                        sums.incrementAndGet(FAILED);
                        System.out.println("checkout failed: " + e);
                    }
                }
                sums.addAndGet(SHOPPER_CPU, CpuMeter.thread());
                sums.addAndGet(SHOPPER_ALLOC, CpuMeter.allocated());
            }, "bench-shopper-" + t);
            shoppers.add(th);
            th.start();
        }
        for (Thread th : shoppers) {
            th.join();
        }
        long elapsed = System.nanoTime() - start;
        long compiled = compileMillis() - compileBefore;
        long[] mine = CountingDataSource.thread();
        long drainCpuBefore = CpuMeter.thread();
        long drain = drain(orders);
        long drainCpu = CpuMeter.thread() - drainCpuBefore;
        long jvmCpu = CpuMeter.process() - jvmCpuBefore - drainCpu;
        long[] groups = CpuMeter.byGroup(threadCpuBefore, CpuMeter.threads());
        long gcs = CpuMeter.collections() - gcBefore;
        long pgCpuAfter = pg ? CpuMeter.postgres() : -1;
        long[] mineAfter = CountingDataSource.thread();
        long[] after = CountingDataSource.total();
        // the drain's own look-ups are the bench's, not the store's
        after[0] -= mineAfter[0] - mine[0];
        after[1] -= mineAfter[1] - mine[1];
        int done = orders.size();
        Map<String, Object> r = new LinkedHashMap<String, Object>();
        // where the round lies in the JVM's own time line (for matching -Xlog output of the bench JVMs)
        r.put("uptimeMs", ManagementFactory.getRuntimeMXBean().getUptime() - elapsed / 1_000_000 - drain / 1_000_000);
        r.put("checkouts", done);
        r.put("failed", sums.get(FAILED));
        r.put("seconds", elapsed / 1e9);
        r.put("perSecond", done / (elapsed / 1e9));
        r.put("flowSql", per(sums.get(FLOW_SQL), done));
        r.put("flowCommits", per(sums.get(FLOW_COMMITS), done));
        r.put("placeSql", per(sums.get(PLACE_SQL), done));
        r.put("placeCommits", per(sums.get(PLACE_COMMITS), done));
        r.put("allThreadsSql", per(after[0] - before[0], done));
        r.put("allThreadsCommits", per(after[1] - before[1], done));
        r.put("drainMs", drain / 1e6);
        // the JIT compilers' time during the round, as a share of the round's wall time (all compiler threads)
        r.put("compileShare", compiled / (elapsed / 1e6));
        // the same round until the module had booked its last order (without the module: the same as perSecond)
        r.put("bookedPerSecond", done / ((elapsed + drain) / 1e9));
        // CPU per checkout, ms, counted until every order was booked: the shopper threads alone (whole life: they only
        // check out), the whole JVM (less the bench's own waiting for the bookings) and the PostgreSQL server (-1: none
        // on this machine; it includes the bench's look-ups whether the orders are booked yet, one per poll)
        r.put("shopperCpuMs", per(sums.get(SHOPPER_CPU), done) / 1e6);
        // heap allocated per checkout by the shopper threads: the same checkout allocates the same objects, unless the
        // JIT compiled its code differently (an allocation that escape analysis removes in one JVM and not in the other)
        r.put("shopperAllocKb", per(sums.get(SHOPPER_ALLOC), done) / 1024);
        r.put("jvmCpuMs", per(jvmCpu, done) / 1e6);
        // the same JVM figure split: the module's threads, the store's other Java threads, and what no Java thread
        // accounts for (garbage collection, JIT compilers and the JVM's other own threads)
        r.put("moduleCpuMs", per(groups[0], done) / 1e6);
        r.put("otherJavaCpuMs", per(groups[1], done) / 1e6);
        r.put("jvmOwnCpuMs", per(jvmCpu - sums.get(SHOPPER_CPU) - groups[0] - groups[1], done) / 1e6);
        r.put("gcPer100", per(gcs * 100, done));
        r.put("liveMb", CpuMeter.liveAfterCollectionMb());
        r.put("pgCpuMs", pgCpuBefore < 0 || pgCpuAfter < 0 ? -1 : per(pgCpuAfter - pgCpuBefore, done) / 1e6);
        return r;
    }

    /**
     * One shopper's checkout; with {@code redeemPoints} the shopper also applies that many points in the cart (a fourth
     * request). Adds the request thread's statements and commits to {@code sums}; returns the order id.
     */
    long checkout(Customer customer, String redeemPoints, AtomicLongArray sums) throws Exception {
        long[] flowStart = CountingDataSource.thread();
        Order cart = ctx.request(() -> store.add(store.cart(customer), first, 1));
        ctx.request(() -> store.add(cart, second, 1));
        if (redeemPoints != null) {
            ctx.request(() -> ctx.bean("evgPointsRedemptionService", PointsRedemptionService.class)
                    .apply(customer.getId(), cart.getId(), redeemPoints));
        }
        long[] placeStart = CountingDataSource.thread();
        long placeNanos = System.nanoTime();
        Order placed = ctx.request(() -> store.checkout(store.orders().findOrderById(cart.getId())));
        lastPlaceNanos.set(System.nanoTime() - placeNanos);
        long[] end = CountingDataSource.thread();
        if (sums != null) {
            sums.addAndGet(FLOW_SQL, end[0] - flowStart[0]);
            sums.addAndGet(FLOW_COMMITS, end[1] - flowStart[1]);
            sums.addAndGet(PLACE_SQL, end[0] - placeStart[0]);
            sums.addAndGet(PLACE_COMMITS, end[1] - placeStart[1]);
        }
        return placed.getId();
    }

    /** Nanoseconds of the place-order request of the calling thread's last {@link #checkout}. */
    long lastPlaceNanos() {
        return lastPlaceNanos.get();
    }

    /**
     * Nanoseconds the module still needed, after the last checkout of the round returned, until it had processed every
     * order of the round: 0 when all were processed by then (without the module or with it idle, or when it processes
     * orders inside checkout); work a background worker does after checkout returns is still the store's.
     */
    long drain(List<Long> orders) throws Exception {
        if (!ctx.withModule() || Boolean.getBoolean("bench.moduleIdle")) {
            return 0;
        }
        // one look-up per poll for all the round's orders still waiting, not one per order: the PostgreSQL CPU rows
        // count the bench's look-ups too
        OrderEventRepository events = ctx.bean("evgOrderEventRepository", OrderEventRepository.class);
        Set<Long> waiting = new HashSet<Long>(orders);
        long start = System.nanoTime();
        boolean waited = await(() -> {
            waiting.removeAll(ctx.request(() -> events.processedAmong(waiting)));
            return waiting.isEmpty();
        }, start + TEN_MINUTES, 2, "orders still not processed by the module");
        return waited ? System.nanoTime() - start : 0;
    }

    /** Something the bench waits for (it may ask the store). */
    private interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * Asks {@code done} every {@code pollMillis} ms until it holds; past {@code deadline} ({@link System#nanoTime}) fails
     * with "{@code what} after 10 minutes". Returns whether it had to wait.
     */
    private static boolean await(Condition done, long deadline, int pollMillis, String what) throws Exception {
        boolean waited = false;
        while (!done.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " after 10 minutes");
            }
            waited = true;
            Thread.sleep(pollMillis);
        }
        return waited;
    }

    /** Milliseconds the JVM's JIT compilers have spent so far (all compiler threads), or 0 when it does not tell. */
    private static long compileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static double per(long total, int n) {
        return n == 0 ? 0 : (double) total / n;
    }
}
