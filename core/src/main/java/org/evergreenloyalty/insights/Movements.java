package org.evergreenloyalty.insights;

import java.util.EnumMap;
import java.util.Map;

import org.evergreenloyalty.ledger.EntryType;

/**
 * The summed ledger movements of one bucket: per entry type, how much the available and the pending balances of
 * all accounts moved. Built from one aggregate row per (bucket, type); never from single entries.
 */
public final class Movements {

    private final Map<EntryType, long[]> byType = new EnumMap<EntryType, long[]>(EntryType.class);

    /** Adds the sums of one entry type. */
    public void add(EntryType type, long available, long pending) {
        long[] sums = byType.get(type);
        if (sums == null) {
            sums = new long[2];
            byType.put(type, sums);
        }
        sums[0] += available;
        sums[1] += pending;
    }

    /** How much entries of {@code type} moved the available balances. */
    public long available(EntryType type) {
        long[] sums = byType.get(type);
        return sums == null ? 0 : sums[0];
    }

    /** How much entries of {@code type} moved the pending balances. */
    public long pending(EntryType type) {
        long[] sums = byType.get(type);
        return sums == null ? 0 : sums[1];
    }

    /** The net movement of the available balances. */
    public long availableTotal() {
        long sum = 0;
        for (long[] s : byType.values()) {
            sum += s[0];
        }
        return sum;
    }

    /** The net movement of the pending balances. */
    public long pendingTotal() {
        long sum = 0;
        for (long[] s : byType.values()) {
            sum += s[1];
        }
        return sum;
    }

    /** This bucket's and {@code other}'s movements together. */
    public Movements plus(Movements other) {
        Movements m = new Movements();
        for (Map.Entry<EntryType, long[]> e : byType.entrySet()) {
            m.add(e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
        for (Map.Entry<EntryType, long[]> e : other.byType.entrySet()) {
            m.add(e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
        return m;
    }
}
