package org.evergreenloyalty.admin.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Checks the authorities Spring Security granted the signed-in admin user. Broadleaf turns the user's
 * permissions into authorities at sign-in, expanding "friendly" permissions (the ones offered in Role
 * Management) into their children, so a user holds {@link #PERMISSION} whether it was granted directly
 * or through the friendly "Maintain Loyalty" permission of one of the user's roles.
 */
public class DefaultLoyaltyAdminAccess implements LoyaltyAdminAccess {

    @Override
    public boolean currentUserMayManageLoyalty() {
        return holds(PERMISSION);
    }

    @Override
    public boolean currentUserMayViewReports() {
        return holds(PERMISSION) || holds(REPORTS_PERMISSION);
    }

    private static boolean holds(String permission) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getAuthorities() == null) {
            return false;
        }
        for (GrantedAuthority authority : auth.getAuthorities()) {
            if (permission.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
