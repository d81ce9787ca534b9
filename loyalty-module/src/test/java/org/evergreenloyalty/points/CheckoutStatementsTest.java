package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.BaseProcessor;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.order.OrderEventDispatcher;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.SqlCounter;
import org.evergreenloyalty.test.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the module costs on the checkout's request path: a real Broadleaf checkout (2-item cart, a new customer,
 * a fresh request EntityManager, as the storefront does) with the module's checkout steps, against the same checkout
 * with them taken out of {@code blCheckoutWorkflow}, counted on the checkout thread (statements and commits on the
 * JDBC connection, {@link SqlCounter}). Medians of alternating rounds. The module may add at most 3 statements and 1
 * commit; the bookings follow after commit (held back here, then run and checked).
 */
@BroadleafIntegrationTest
class CheckoutStatementsTest extends PointsTestBase {

    private static final int ROUNDS = 5;

    @Resource(name = "blCheckoutWorkflow")
    BaseProcessor workflow;
    @Resource(name = "evgLoyaltyCheckoutActivity")
    Activity<?> loyaltyStep;
    @Resource(name = "evgPointsReservationCheckActivity")
    Activity<?> reservationStep;
    @Resource(name = "evgOrderEventDispatcher")
    OrderEventDispatcher dispatcher;
    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService completion;

    private final List<Runnable> heldBack = new ArrayList<Runnable>();

    @AfterEach
    void drainsRunAgain() {
        dispatcher.setExecutor(Runnable::run);
    }

    @Test
    void aPlainCheckoutCostsAtMostThreeStatementsAndOneCommitMore() throws Exception {
        Product a = product("20.00");
        Product b = product("15.00");
        compare("plain checkout", () -> {
            Customer c = store.customer();
            return store.add(store.add(store.cart(c), a, 1), b, 1);
        }, 3);
    }

    @Test
    void aRedeemingCheckoutCostsAtMostFourStatementsAndOneCommitMore() throws Exception {
        Product a = product("40.00");
        Product b = product("20.00");
        compare("redeeming checkout", () -> {
            Customer c = customerWith(2000);
            Order cart = store.add(store.add(store.cart(c), a, 1), b, 1);
            redemption.apply(c.getId(), cart.getId(), "1000");
            return cart;
        }, 4);
    }

    private void compare(String what, Supplier<Order> carts, int extraStatements) throws Exception {
        measure(carts.get(), false);
        measure(carts.get(), true);
        long[][] without = new long[2][ROUNDS];
        long[][] with = new long[2][ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            SqlCounter.Counts base = measure(carts.get(), false);
            SqlCounter.Counts module = measure(carts.get(), true);
            without[0][i] = base.getStatements();
            without[1][i] = base.getCommits();
            with[0][i] = module.getStatements();
            with[1][i] = module.getCommits();
        }
        long statements = median(with[0]) - median(without[0]);
        long commits = median(with[1]) - median(without[1]);
        System.out.println("[" + TestDatabase.current() + "] " + what + " per checkout: without the module "
                + median(without[0]) + " statements / " + median(without[1]) + " commits "
                + Arrays.toString(without[0]) + Arrays.toString(without[1]) + ", with it " + median(with[0]) + " / "
                + median(with[1]) + " " + Arrays.toString(with[0]) + Arrays.toString(with[1]) + ": +" + statements
                + " statements, +" + commits + " commits");
        assertTrue(statements <= extraStatements, what + ": the module added " + statements + " statements");
        assertTrue(commits <= 1, what + ": the module added " + commits + " commits");
    }

    /** Checks {@code cart} out in a new request, with or without the module's steps; counts the checkout thread. */
    private SqlCounter.Counts measure(Order cart, boolean module) throws Exception {
        BroadleafTestContext.closeRequestEntityManager();
        BroadleafTestContext.openRequestEntityManager();
        Order paid = store.pay(cart, null);
        heldBack.clear();
        dispatcher.setExecutor(heldBack::add);
        List<Activity<ProcessContext<? extends Object>>> all = workflow.getActivities();
        List<Activity<ProcessContext<? extends Object>>> used = new ArrayList<Activity<ProcessContext<? extends Object>>>(all);
        if (!module) {
            used.removeIf(step -> step == loyaltyStep || step == reservationStep);
        }
        workflow.setActivities(used);
        Order[] placed = new Order[1];
        SqlCounter.Counts counts;
        try {
            counts = SqlCounter.count(() -> placed[0] = store.performCheckout(paid));
        } finally {
            workflow.setActivities(all);
        }
        assertEquals(OrderStatus.SUBMITTED, placed[0].getStatus());
        long id = placed[0].getId();
        if (module) {
            assertFalse(completion.isProcessed(id), "nothing is booked on the request path");
            assertEquals(1, heldBack.size(), "the worker was woken once, after the commit");
            heldBack.forEach(Runnable::run);
            assertTrue(completion.isProcessed(id), "the worker booked the order after the commit");
        } else {
            assertTrue(heldBack.isEmpty());
            assertFalse(completion.isProcessed(id));
        }
        return counts;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
