package org.evergreenloyalty.demo.security;

import java.io.IOException;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.openadmin.web.filter.AdminCsrfFilter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The admin's CSRF check: a signed-in admin user's POST without a valid CSRF token gets HTTP 403 (Broadleaf's
 * {@link AdminCsrfFilter} ends in an HTTP 500 then); a POST of somebody not signed in keeps Broadleaf's behaviour
 * (back to the sign-in page with "session timed out").
 */
public class AdminCsrfForbiddenFilter extends AdminCsrfFilter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        if (signedIn && !CsrfForbiddenFilter.passes(request, exploitProtectionService, excludedRequestPatterns)) {
            CsrfForbiddenFilter.refuse(request, (HttpServletResponse) res);
            return;
        }
        super.doFilter(req, res, chain);
    }
}
