package org.evergreenloyalty.test;

import java.util.concurrent.atomic.AtomicLong;

/** Unique ids for test data, far above anything a seeded store uses, so tests never share accounts. */
public final class TestIds {

    private static final AtomicLong NEXT = new AtomicLong(1_000_000L + (System.nanoTime() % 1000) * 10_000L);

    private TestIds() {
    }

    /** A customer id no other test uses. */
    public static long customerId() {
        return NEXT.incrementAndGet();
    }

    /** A string unique in this JVM, for event keys. */
    public static String unique(String prefix) {
        return prefix + ":" + NEXT.incrementAndGet();
    }
}
