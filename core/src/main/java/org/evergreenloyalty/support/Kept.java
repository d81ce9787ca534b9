package org.evergreenloyalty.support;

/** A value a per-node cache keeps, with when it was read ({@link System#nanoTime()}), to tell whether it is still fresh. */
public final class Kept<V> {

    private final V value;
    private final long readAt;

    public Kept(V value, long readAt) {
        this.value = value;
        this.readAt = readAt;
    }

    public V value() {
        return value;
    }

    public long readAt() {
        return readAt;
    }

    /** Whether it was read less than {@code maxNanos} ago. */
    public boolean fresh(long maxNanos) {
        return System.nanoTime() - readAt < maxNanos;
    }
}
