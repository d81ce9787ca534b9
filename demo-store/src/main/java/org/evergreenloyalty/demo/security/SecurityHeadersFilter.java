package org.evergreenloyalty.demo.security;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

/**
 * The demo store's response headers, as a reference for a store (Spring Security 3.1, which Broadleaf 3.1 uses, has
 * no header support): no framing by other sites (X-Frame-Options and CSP frame-ancestors), a basic
 * Content-Security-Policy (own origin only; inline styles and scripts are allowed because Broadleaf's admin and the
 * templates use them), no MIME sniffing, no referrer to other sites. Init parameters: {@code frameOptions} DENY
 * (default) or SAMEORIGIN (the admin frames its own pages); {@code allowEval} true adds 'unsafe-eval' to the
 * scripts (Broadleaf's admin scripts need it).
 */
public class SecurityHeadersFilter implements Filter {

    /** The Content-Security-Policy sent. */
    public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; script-src 'self' 'unsafe-inline'%s; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors %s";

    private String frameOptions = "DENY";
    private boolean allowEval;

    @Override
    public void init(FilterConfig config) {
        String f = config == null ? null : config.getInitParameter("frameOptions");
        if ("SAMEORIGIN".equalsIgnoreCase(f)) {
            frameOptions = "SAMEORIGIN";
        }
        allowEval = config != null && "true".equalsIgnoreCase(config.getInitParameter("allowEval"));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Frame-Options", frameOptions);
        response.setHeader("Content-Security-Policy", String.format(CSP, allowEval ? " 'unsafe-eval'" : "",
                "DENY".equals(frameOptions) ? "'none'" : "'self'"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(req, res);
    }

    @Override
    public void destroy() {
    }
}
