package org.evergreenloyalty.demo.security;

import java.io.IOException;
import java.util.List;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.security.handler.CsrfFilter;
import org.broadleafcommerce.common.security.service.ExploitProtectionService;
import org.springframework.security.web.util.AntPathRequestMatcher;

/**
 * Broadleaf's CSRF check (bean {@code blCsrfFilter}) with a proper answer: a POST whose CSRF token is missing or
 * wrong (a forged form on another site, or a page left open until the session ended) gets HTTP 403 and the
 * store's "form expired" page ({@code /error/403}), not Broadleaf's ServletException, which the container turns into
 * an HTTP 500. Paths in {@code excludedRequestPatterns} (Ant patterns) are not checked, as in Broadleaf's filter.
 */
public class CsrfForbiddenFilter extends CsrfFilter {

    /** The request attribute naming why the request was refused (for logs and the error page). */
    public static final String REASON = "evgCsrfRejected";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if (passes(request, exploitProtectionService, excludedRequestPatterns)) {
            chain.doFilter(req, res);
        } else {
            refuse(request, (HttpServletResponse) res);
        }
    }

    /** The service that knows the session's token (Broadleaf injects it; tests set it). */
    public void setExploitProtectionService(ExploitProtectionService service) {
        this.exploitProtectionService = service;
    }

    /** Whether the request needs no token (not a POST, or excluded) or carries the session's token. */
    static boolean passes(HttpServletRequest request, ExploitProtectionService tokens, List<String> excludedPatterns) {
        if (!"POST".equalsIgnoreCase(request.getMethod()) || excluded(request, excludedPatterns)) {
            return true;
        }
        String token = request.getParameter(tokens.getCsrfTokenParameter());
        if (token == null || token.isEmpty()) {
            return false;
        }
        try {
            tokens.compareToken(token);
            return true;
        } catch (ServiceException e) {
            return false;
        }
    }

    /** HTTP 403 through the container's error page for 403. */
    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.info("Refused a POST to " + request.getRequestURI() + " without a valid CSRF token");
        request.setAttribute(REASON, "csrf");
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static boolean excluded(HttpServletRequest request, List<String> excludedRequestPatterns) {
        if (excludedRequestPatterns == null) {
            return false;
        }
        for (String pattern : excludedRequestPatterns) {
            if (new AntPathRequestMatcher(pattern).matches(request)) {
                return true;
            }
        }
        return false;
    }
}
