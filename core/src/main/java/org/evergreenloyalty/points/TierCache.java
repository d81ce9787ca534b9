package org.evergreenloyalty.points;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.evergreenloyalty.support.AfterCommit;
import org.evergreenloyalty.support.Kept;

/**
 * What {@link DefaultTierService} keeps between reads, like the settings cache: the tier definitions, and the tier
 * of recently seen customers (at most {@link #MAX_CUSTOMERS}), each for up to {@code evergreen.settings.cacheSeconds}
 * (0: nothing is kept). A save of the tiers or a move of a customer on this node drops what it changed at once (and
 * again after the surrounding transaction commits); another node sees the change within that time.
 */
class TierCache {

    /** Customers whose tier is kept at most. */
    static final int MAX_CUSTOMERS = 10000;

    private static final Object NONE = new Object();

    private volatile long cacheNanos;
    private volatile Kept<List<LoyaltyTier>> tiers;
    private final Map<Long, Kept<Object>> customerTiers = Collections.synchronizedMap(
            new LinkedHashMap<Long, Kept<Object>>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Kept<Object>> eldest) {
                    return size() > MAX_CUSTOMERS;
                }
            });

    void setSeconds(int seconds) {
        this.cacheNanos = TimeUnit.SECONDS.toNanos(Math.max(0, seconds));
        clear();
    }

    /** Copies of the tiers, read through {@code reader} when none are kept or they are too old. */
    List<LoyaltyTier> tiers(Supplier<List<LoyaltyTier>> reader) {
        Kept<List<LoyaltyTier>> k = tiers;
        if (k == null || !k.fresh(cacheNanos)) {
            long readAt = System.nanoTime();
            List<LoyaltyTier> read = copies(reader.get());
            k = new Kept<List<LoyaltyTier>>(read, readAt);
            if (cacheNanos > 0) {
                tiers = k;
            }
        }
        return copies(k.value());
    }

    /** The tier id of the customer (null: none), read through {@code reader} when not kept or too old. */
    Long customerTier(long customerId, Supplier<Long> reader) {
        Kept<Object> k = customerTiers.get(customerId);
        if (k != null && k.fresh(cacheNanos)) {
            return k.value() == NONE ? null : (Long) k.value();
        }
        long readAt = System.nanoTime();
        Long id = reader.get();
        if (cacheNanos > 0) {
            customerTiers.put(customerId, new Kept<Object>(id == null ? NONE : id, readAt));
        }
        return id;
    }

    /** The tiers changed on this node: forget them and every customer's tier, now and after the commit. */
    void tiersChanged() {
        clear();
        AfterCommit.run(this::clear);
    }

    /** The customer's tier changed on this node. */
    void customerChanged(long customerId) {
        customerTiers.remove(customerId);
        AfterCommit.run(() -> customerTiers.remove(customerId));
    }

    private void clear() {
        tiers = null;
        customerTiers.clear();
    }

    private static List<LoyaltyTier> copies(List<LoyaltyTier> list) {
        List<LoyaltyTier> out = new ArrayList<LoyaltyTier>(list.size());
        list.forEach(t -> out.add(t.copy()));
        return out;
    }
}
