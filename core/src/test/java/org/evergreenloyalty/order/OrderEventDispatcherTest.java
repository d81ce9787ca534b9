package org.evergreenloyalty.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link OrderEventDispatcher}'s settings: the gathering wait and the pool size refuse values out of range with a
 * message naming the property; wake-ups while a drain is queued fold into it (the held-back executor sees one).
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
