package org.evergreenloyalty.test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.support.AdjustableClock;

/**
 * Test data of the core suite: customers registered with {@link InMemoryCustomers}, orders as a platform adapter
 * hands them to the engine ({@link CompletedOrder}), and moves of the module clock.
 */
public final class CoreFixtures {

    private CoreFixtures() {
    }

    /** A new customer, known to the in-memory customer directory; returns the id. */
    public static long customer() {
        long id = TestIds.customerId();
        CoreTestContext.get().getBean("testCustomers", InMemoryCustomers.class).add(id);
        return id;
    }

    /**
     * A submitted order of {@code customerId} with one line per amount (product ids 1, 2, ...), at the clock's now,
     * known to the in-memory order source and customers (as placed in the store); the engine has not processed it yet.
     */
    public static CompletedOrder order(long customerId, String... lineAmounts) {
        long orderId = TestIds.customerId();
        List<CompletedOrder.Line> lines = new ArrayList<CompletedOrder.Line>();
        BigDecimal subtotal = BigDecimal.ZERO;
        for (int i = 0; i < lineAmounts.length; i++) {
            BigDecimal amount = new BigDecimal(lineAmounts[i]);
            lines.add(new CompletedOrder.Line(orderId * 10 + i, (long) (i + 1), "Product " + (i + 1), 1L, 1, amount));
            subtotal = subtotal.add(amount);
        }
        Date now = CoreTestContext.clock().now();
        return placed(new CompletedOrder(orderId, "O" + orderId, customerId, "c" + customerId + "@example.com", "USD",
                subtotal, BigDecimal.ZERO, BigDecimal.ZERO, subtotal, now, lines));
    }

    private static CompletedOrder placed(CompletedOrder order) {
        CoreTestContext.get().getBean("testOrders", InMemoryOrders.class).submit(order);
        CoreTestContext.get().getBean("testCustomers", InMemoryCustomers.class).placedOrder(order.getCustomerId(), order.getOrderId());
        return order;
    }

    /** The same order carrying the discount codes a shopper used. */
    public static CompletedOrder withCodes(CompletedOrder order, String... codes) {
        return placed(order.withAppliedCodes(Arrays.asList(codes)));
    }

    /** Moves the module clock forward by whole days. */
    public static void advanceDays(int days) {
        CoreTestContext.clock().advance(days * 24L * 3600 * 1000);
    }

    /** Moves the module clock forward by minutes. */
    public static void advanceMinutes(int minutes) {
        CoreTestContext.clock().advance(minutes * 60L * 1000);
    }

    /** Moves the module clock to an ISO instant (forwards or backwards). */
    public static void moveClockTo(String isoInstant) {
        AdjustableClock clock = CoreTestContext.clock();
        clock.advance(Instant.parse(isoInstant).toEpochMilli() - clock.now().getTime());
    }
}
