package org.evergreenloyalty.points;

import java.io.PrintStream;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.order.CompletionProbe;
import org.evergreenloyalty.order.DefaultOrderCompletionService;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store that dies: a separate JVM (started by {@link KillDuringCheckoutTest}) that boots the real Broadleaf
 * context on the test's PostgreSQL database (schema left as it is) and places orders, every other one paid
 * partly with points, printing {@code CUSTOMER <id>} and {@code PLACED <orderId>} for each. With a halt index it
 * stops dead (Runtime.halt, no shutdown, no rollback) in that order's checkout, right after the store committed
 * the SUBMITTED order and before the module's bookings; otherwise it runs until it is killed.
 */
public final class CheckoutsUntilKilled {

    private CheckoutsUntilKilled() {
    }

    /**
     * Arguments: the index of the order to halt in (-1: none), the number of orders per shopper thread (0: until
     * killed), and optionally the number of concurrent shopper threads (default 1).
     */
    public static void main(String[] args) throws Exception {
        int haltAt = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        ConfigurableApplicationContext ctx = BroadleafTestContext.get();
        System.out.println("READY");
        Thread[] shoppers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            shoppers[t] = new Thread(() -> {
                try {
                    shop(ctx, haltAt, count);
                } catch (Exception e) {
                    System.out.println("FAILED " + e);
                }
            }, "shopper-" + t);
            shoppers[t].start();
        }
        for (Thread t : shoppers) {
            t.join();
        }
        System.out.println("DONE");
        Runtime.getRuntime().halt(0);
    }

    /** One shopper after another: a new customer with 2,000 points buys one product, every other one with 1,000 points off. */
    private static void shop(ConfigurableApplicationContext ctx, int haltAt, int count) throws Exception {
        PrintStream out = System.out;
        BroadleafTestContext.bindRequest();
        StoreFixtures store = StoreFixtures.create();
        for (int i = 0; count == 0 || i < count; i++) {
            try {
                order(ctx, store, i, haltAt);
            } catch (Exception e) {
                out.println("FAILED " + e);
                out.flush();
            } finally {
                BroadleafTestContext.closeRequestEntityManager();
            }
        }
    }

    private static void order(ConfigurableApplicationContext ctx, StoreFixtures store, int i, int haltAt) throws Exception {
        PrintStream out = System.out;
        PointsAccountService accounts = ctx.getBean("evgPointsAccountService", PointsAccountService.class);
        PointsRedemptionService redemption = ctx.getBean("evgPointsRedemptionService", PointsRedemptionService.class);
        DefaultOrderCompletionService completion = ctx.getBean("evgOrderCompletionService", DefaultOrderCompletionService.class);
        PlatformTransactionManager txm = ctx.getBean("blTransactionManager", PlatformTransactionManager.class);
        {
            BroadleafTestContext.openRequestEntityManager();
            Customer c = store.customer();
            accounts.grantBonus(c.getId(), 2000, "kill-seed:" + c.getId(), "test balance", "test", null);
            out.println("CUSTOMER " + c.getId());
            Order cart = store.add(store.cart(c), store.product("Kill test " + TestIds.unique("p"), "60.00", null), 1);
            if (i % 2 == 0) {
                redemption.apply(c.getId(), cart.getId(), "1000");
            }
            if (i == haltAt) {
                long id = cart.getId();
                completion.setProbe((step, order) -> {
                    if (order.getOrderId() == id && CompletionProbe.START.equals(step)) {
                        new TransactionTemplate(txm).execute(s -> {
                            BroadleafTestContext.flushRequestEntityManager();
                            return null;
                        });
                        out.println("HALT " + id);
                        out.flush();
                        Runtime.getRuntime().halt(137);
                    }
                });
            }
            Order placed = store.checkout(store.orders().findOrderById(cart.getId()));
            out.println("PLACED " + placed.getId());
            out.flush();
        }
    }
}
