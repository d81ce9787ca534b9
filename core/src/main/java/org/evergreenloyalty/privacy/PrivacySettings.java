package org.evergreenloyalty.privacy;

import java.util.Properties;

/**
 * The privacy feature's one setting, {@value #ERASE_ON_DEACTIVATION} (default {@code true}, documented in
 * {@code evergreen-defaults.properties} and the README): whether the module erases a customer's personal data when
 * the store deactivates or deletes the customer (at once on deactivation, and by the daily {@code privacy-erasure}
 * job for both).
 */
public final class PrivacySettings {

    /** The property's key. */
    public static final String ERASE_ON_DEACTIVATION = "evergreen.privacy.eraseOnDeactivation";

    private PrivacySettings() {
    }

    /** The setting from the module's properties: anything but {@code false} (any case) is on. */
    public static boolean eraseOnDeactivation(Properties p) {
        String v = p == null ? null : p.getProperty(ERASE_ON_DEACTIVATION);
        return v == null || !"false".equalsIgnoreCase(v.trim());
    }
}
