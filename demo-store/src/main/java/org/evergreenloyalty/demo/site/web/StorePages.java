package org.evergreenloyalty.demo.site.web;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.web.LocalRedirect;
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

    /**
     * The given path when it is a plain local path of this store (the module's {@link LocalRedirect} rules: one
     * leading "/", no scheme, no braces a redirect would expand), else {@code fallback}.
     */
    public static String localPath(String path, String fallback) {
        if (path == null || path.length() > 200) {
            return fallback;
        }
        return LocalRedirect.target(path, fallback);
    }
}
