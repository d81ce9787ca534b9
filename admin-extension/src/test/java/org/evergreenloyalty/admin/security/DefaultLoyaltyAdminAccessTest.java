package org.evergreenloyalty.admin.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class DefaultLoyaltyAdminAccessTest {

    private final LoyaltyAdminAccess access = new DefaultLoyaltyAdminAccess();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String... authorities) {
        GrantedAuthority[] granted = new GrantedAuthority[authorities.length];
        for (int i = 0; i < authorities.length; i++) {
            granted[i] = new SimpleGrantedAuthority(authorities[i]);
        }
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("someone", "pw", Arrays.asList(granted)));
    }

    @Test
    void allowsAUserHoldingTheLoyaltyPermission() {
        signIn("PERMISSION_OTHER_DEFAULT", "PERMISSION_EVERGREEN_LOYALTY");
        assertTrue(access.currentUserMayManageLoyalty());
    }

    @Test
    void deniesAUserWithOtherPermissionsOnly() {
        signIn("PERMISSION_OTHER_DEFAULT", "PERMISSION_ALL_PRODUCT", "PERMISSION_LOYALTY");
        assertFalse(access.currentUserMayManageLoyalty(),
                "the friendly permission's own name is not an authority; only its child is");
    }

    @Test
    void deniesWhenNobodyIsSignedIn() {
        assertFalse(access.currentUserMayManageLoyalty());
    }

    @Test
    void deniesAnUnauthenticatedToken() {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken("someone", "pw"));
        assertFalse(access.currentUserMayManageLoyalty());
    }
}
