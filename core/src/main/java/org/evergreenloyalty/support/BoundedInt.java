package org.evergreenloyalty.support;

import java.util.Properties;

/**
 * Reads one whole-number setting from properties with its default and bounds, the one rule the settings classes of
 * the outbox, the webhooks and the store API share: empty means the default; anything else must be a whole number
 * within the bounds, else the start stops with a message naming the key.
 */
public final class BoundedInt {

    private BoundedInt() {
    }

    /** The value of {@code key} in {@code p}, or {@code fallback} when it is empty. */
    public static int read(Properties p, String key, int fallback, int min, int max) {
        String v = p.getProperty(key);
        if (v == null || v.trim().isEmpty()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + v + "'", e);
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(key + " must be between " + min + " and " + max + ", was " + n);
        }
        return n;
    }
}
