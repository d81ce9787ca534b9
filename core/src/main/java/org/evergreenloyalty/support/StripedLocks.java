package org.evergreenloyalty.support;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A fixed set of JVM locks chosen by a key's hash: work on one key (an account, a throttle counter) queues here
 * within one node, so at most one of this node's threads waits on that key's database row lock and holds a
 * connection while it does. The row lock still orders the nodes of a cluster.
 */
public final class StripedLocks {

    private final ReentrantLock[] stripes;

    public StripedLocks(int count) {
        stripes = new ReentrantLock[count];
        Arrays.setAll(stripes, i -> new ReentrantLock());
    }

    /** The lock of {@code key}; keys with equal hashes share one. */
    public ReentrantLock lockFor(Object key) {
        return stripes[indexOf(key)];
    }

    /** Runs {@code work} holding the locks of all non-null {@code keys}, taken in stripe order (no deadlocks). */
    public <T> T withLocks(Supplier<T> work, Object... keys) {
        int[] order = Arrays.stream(keys).filter(Objects::nonNull).mapToInt(this::indexOf).distinct().sorted().toArray();
        for (int i : order) {
            stripes[i].lock();
        }
        try {
            return work.get();
        } finally {
            for (int i = order.length - 1; i >= 0; i--) {
                stripes[order[i]].unlock();
            }
        }
    }

    private int indexOf(Object key) {
        return Math.floorMod(key.hashCode(), stripes.length);
    }
}
