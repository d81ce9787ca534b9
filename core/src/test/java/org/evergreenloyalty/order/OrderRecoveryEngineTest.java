package org.evergreenloyalty.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.annotation.Resource;

import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.junit.jupiter.api.Test;

/**
 * Crash recovery on the engine's own context: an order the store placed but the engine never processed (the
 * checkout hook died) is booked by the sweep once the grace period is over, exactly once.
 */
@CoreTest
class OrderRecoveryEngineTest {

    @Resource(name = "evgOrderRecoveryService")
    OrderRecoveryService recovery;
    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService orders;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;

    @Test
    void anOrderTheHookMissedIsBookedByTheSweepOnce() {
        long c = CoreFixtures.customer();
        CompletedOrder missed = CoreFixtures.order(c, "90.00");
        recovery.sweep();
        assertFalse(orders.isProcessed(missed.getOrderId()), "inside the grace period the checkout may still be running");

        CoreFixtures.advanceMinutes(6);
        assertTrue(recovery.sweep() >= 1);
        assertTrue(orders.isProcessed(missed.getOrderId()));
        assertEquals(90, ledger.balance(c).getPending());

        recovery.sweep();
        assertEquals(1, ledger.historySize(c), "a second sweep books nothing more");
    }
}
