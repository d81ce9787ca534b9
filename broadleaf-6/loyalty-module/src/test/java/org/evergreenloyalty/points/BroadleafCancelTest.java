package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.Resource;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cancelling a real Broadleaf 6.2 order the way Broadleaf does it: the order's status is set to CANCELLED and the
 * order saved through Broadleaf's {@code OrderService}; Broadleaf's {@code OrderPersistedEntityListener} publishes
 * {@code OrderPersistedEvent} after the commit and the module reverses the order's points from there, once.
 * Nothing of the module is called directly.
 */
@BroadleafIntegrationTest
class BroadleafCancelTest extends PointsTestBase {

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;

    @Test
    void cancellingThroughBroadleafsOrderServiceReversesThePointsOnce() throws Exception {
        Customer c = store.customer();
        Order order = store.buy(c, product("40.00"), 1);
        assertEquals(40, ledger.balance(c.getId()).getPending(), "the checkout earned");

        cancelThroughBroadleaf(order.getId());
        assertEquals(0, ledger.balance(c.getId()).getPending(), "the cancel reversed the pending points");
        assertEquals(0, ledger.balance(c.getId()).getLifetimeEarned());
        assertEquals(1, reversals(c).size(), "one reversal entry");

        cancelThroughBroadleaf(order.getId());
        assertEquals(1, reversals(c).size(), "saving the cancelled order again reverses nothing more");
        assertEquals(0, ledger.balance(c.getId()).getPending());
        assertEquals(2, ledger.historySize(c.getId()), "earn + one reversal");
    }

    @Test
    void aCancelInsideATransactionThatRollsBackReversesNothing() throws Exception {
        Customer c = store.customer();
        Order order = store.buy(c, product("25.00"), 1);

        assertThrows(IllegalStateException.class, () -> new TransactionTemplate(txm).execute(status -> {
            Order o = store.orders().findOrderById(order.getId());
            o.setStatus(OrderStatus.CANCELLED);
            save(o);
            throw new IllegalStateException("the caller fails after saving the status");
        }));
        assertEquals(OrderStatus.SUBMITTED, store.orders().findOrderById(order.getId()).getStatus(), "rolled back");
        assertEquals(25, ledger.balance(c.getId()).getPending(), "no commit, no reversal");
        assertEquals(0, reversals(c).size());

        new TransactionTemplate(txm).execute(status -> {
            Order o = store.orders().findOrderById(order.getId());
            o.setStatus(OrderStatus.CANCELLED);
            return save(o);
        });
        assertEquals(0, ledger.balance(c.getId()).getPending(), "the caller's committed cancel reverses");
        assertEquals(1, reversals(c).size());
    }

    /** Broadleaf's order-status path: load, set CANCELLED, {@code OrderService.save} (its own transaction). */
    private void cancelThroughBroadleaf(long orderId) {
        Order o = store.orders().findOrderById(orderId);
        o.setStatus(OrderStatus.CANCELLED);
        save(o);
    }

    private Order save(Order o) {
        try {
            return store.orders().save(o, false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<LedgerEntry> reversals(Customer c) {
        return ledger.history(c.getId(), 0, 50).stream().filter(e -> e.getType() == EntryType.REVERSE)
                .collect(Collectors.toList());
    }
}
