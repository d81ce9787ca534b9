package org.evergreenloyalty.admin.security;

/**
 * Decides whether the admin user of the current request may see and use the Loyalty admin pages.
 */
public interface LoyaltyAdminAccess {

    /** The permission that opens the Loyalty admin module (seeded by {@code load_evergreen_admin.sql}). */
    String PERMISSION = "PERMISSION_EVERGREEN_LOYALTY";

    /** True when the signed-in admin user holds the loyalty permission. */
    boolean currentUserMayManageLoyalty();
}
