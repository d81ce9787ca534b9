package org.evergreenloyalty.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The JVM locks the ledger and the wrong-code throttle queue on. */
class StripedLocksTest {

    private final StripedLocks locks = new StripedLocks(8);

    @Test
    void theWorkRunsHoldingEveryKeysLockAndReleasesThemAfter() {
        String result = locks.withLocks(() -> {
            assertTrue(locks.lockFor("client").isHeldByCurrentThread());
            assertTrue(locks.lockFor("ip").isHeldByCurrentThread());
            return "done";
        }, "client", null, "ip", "client");
        assertEquals("done", result);
        assertFalse(locks.lockFor("client").isHeldByCurrentThread());
        assertFalse(locks.lockFor("ip").isHeldByCurrentThread());
    }

    @Test
    void theLocksAreReleasedWhenTheWorkFails() {
        assertThrows(IllegalStateException.class, () -> locks.withLocks(() -> {
            throw new IllegalStateException("boom");
        }, "client"));
        assertFalse(locks.lockFor("client").isLocked());
    }

    @Test
    void anotherThreadWaitsForTheKey() throws Exception {
        boolean[] gotIt = new boolean[1];
        locks.withLocks(() -> {
            Thread other = new Thread(() -> gotIt[0] = locks.lockFor("k").tryLock());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return null;
        }, "k");
        assertFalse(gotIt[0], "the key's lock was taken while the work ran");
    }
}
