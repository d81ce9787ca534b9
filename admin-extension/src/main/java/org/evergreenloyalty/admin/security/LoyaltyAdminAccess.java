package org.evergreenloyalty.admin.security;

/**
 * Decides whether the admin user of the current request may see and use the Loyalty admin pages.
 */
public interface LoyaltyAdminAccess {

    /** The permission that opens the Loyalty admin module (seeded by {@code load_evergreen_admin.sql}). */
    String PERMISSION = "PERMISSION_EVERGREEN_LOYALTY";

    /** The read-only permission of Loyalty &gt; Dashboard ("View loyalty reports", seeded by {@code load_evergreen_admin.sql}). */
    String REPORTS_PERMISSION = "PERMISSION_EVERGREEN_LOYALTY_REPORTS";

    /** True when the signed-in admin user holds the loyalty permission. */
    boolean currentUserMayManageLoyalty();

    /** True when the signed-in admin user may read the loyalty reports (the reports or the loyalty permission). */
    default boolean currentUserMayViewReports() {
        return currentUserMayManageLoyalty();
    }
}
