package org.evergreenloyalty.demo.site.web;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Small helpers the storefront's controllers share: who is signed in, and safe local redirect targets. */
public final class StorePages {

    private StorePages() {
    }

    /** True when a registered customer is signed in on this request. */
    public static boolean isSignedIn(Customer customer) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return customer != null && customer.isRegistered() && auth != null && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** The given path when it is a local path of this store (starts with one "/"), else {@code fallback}. */
    public static String localPath(String path, String fallback) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.length() > 200) {
            return fallback;
        }
        return path;
    }
}
