package org.evergreenloyalty.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link OrderEventDispatcher}'s settings: the gathering wait, its ceiling and the pool size refuse values out of range
 * with a message naming the property; a gathering drain waits for a quiet gap up to its ceiling; wake-ups while a drain
 * is queued fold into it (the held-back executor sees one).
 */
class OrderEventDispatcherTest {

    @Test
    void outOfRangeSettingsAreRefusedWithTheirPropertyName() {
        OrderEventDispatcher d = new OrderEventDispatcher(null, 0);
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> d.setGatherMillis(2001));
        assertTrue(tooLong.getMessage().contains("evergreen.orders.events.gatherMillis"), tooLong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.setGatherMillis(-1));
        d.setGatherMillis(0);
        d.setGatherMillis(2000);
        IllegalArgumentException threads = assertThrows(IllegalArgumentException.class, () -> new OrderEventDispatcher(null, 9));
        assertTrue(threads.getMessage().contains("evergreen.orders.events.workerThreads"), threads.getMessage());
    }

    @Test
    void aGatheringDrainWaitsForAQuietGapButNoLongerThanItsCeiling() {
        // gather 250 ms, no ceiling above it: drain after 250 ms, however busy the store is
        assertEquals(0, OrderEventDispatcher.remainingGather(250, 10, 250, 0));
        assertEquals(0, OrderEventDispatcher.remainingGather(250, 10, 250, 100), "a ceiling below gather changes nothing");
        // ceiling 5 s: orders still coming (last one 10 ms ago) -> wait until 250 ms after it
        assertEquals(240, OrderEventDispatcher.remainingGather(250, 10, 250, 5000));
        assertEquals(240, OrderEventDispatcher.remainingGather(4000, 10, 250, 5000));
        // quiet for 250 ms -> drain now
        assertEquals(0, OrderEventDispatcher.remainingGather(1200, 250, 250, 5000));
        // near the ceiling: only what is left of it
        assertEquals(100, OrderEventDispatcher.remainingGather(4900, 10, 250, 5000));
        assertEquals(0, OrderEventDispatcher.remainingGather(5000, 0, 250, 5000), "the ceiling ends the wait");
        // before gather has passed, a quiet store still waits out gather
        assertEquals(150, OrderEventDispatcher.remainingGather(100, 400, 250, 5000));
        OrderEventDispatcher d = new OrderEventDispatcher(null, 0);
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> d.setMaxGatherMillis(60001));
        assertTrue(tooLong.getMessage().contains("evergreen.orders.events.maxGatherMillis"), tooLong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.setMaxGatherMillis(-1));
        d.setMaxGatherMillis(60000);
    }

    @Test
    void wakeUpsWhileADrainIsQueuedFoldIntoIt() {
        OrderEventDispatcher d = new OrderEventDispatcher(null, 0);
        d.setGatherMillis(250);
        List<Runnable> held = new ArrayList<Runnable>();
        d.setExecutor(held::add);
        d.wake();
        d.wake();
        d.wake();
        assertEquals(1, held.size(), "three wake-ups, one queued drain");
    }
}
