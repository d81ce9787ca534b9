package org.evergreenloyalty.web.api;

import java.net.URI;

import javax.servlet.http.HttpServletRequest;

import org.evergreenloyalty.api.ApiProblem;

/**
 * The shopper API's CSRF rules for state-changing requests (POST, PUT, PATCH, DELETE) on the storefront's session
 * cookie, in place of Broadleaf's form-token filter (which a store excludes for {@code /api/evergreen/**}):
 * <ul>
 * <li>the request must carry the header {@value #HEADER} (any value): a cross-site HTML form cannot set headers,
 * and a cross-site script can only after a CORS preflight the store does not grant;</li>
 * <li>an {@code Origin} header, when sent, must be the store's own scheme, host and port;</li>
 * <li>a request with a body must declare it {@code application/json} (else 415), which no HTML form can send.</li>
 * </ul>
 * A refused request is a 403 problem {@link ApiProblem#CSRF} and changes nothing.
 */
public class ApiCsrfGuard {

    /** The header every state-changing request needs. */
    public static final String HEADER = "X-Requested-With";

    /** Throws a problem when {@code request} changes state and breaks a rule; {@code hasBody}: POST with a JSON body. */
    public void check(HttpServletRequest request, boolean hasBody) {
        String m = request.getMethod();
        if ("GET".equals(m) || "HEAD".equals(m) || "OPTIONS".equals(m)) {
            return;
        }
        String marker = request.getHeader(HEADER);
        if (marker == null || marker.trim().isEmpty() || !sameOrigin(request)) {
            throw new ApiProblem(403, ApiProblem.CSRF);
        }
        if (hasBody && !isJson(request.getContentType())) {
            throw new ApiProblem(415, ApiProblem.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String t = contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return t.equals("application/json") || (t.startsWith("application/") && t.endsWith("+json"));
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI o = new URI(origin.trim());
            int port = o.getPort() == -1 ? defaultPort(o.getScheme()) : o.getPort();
            return request.getScheme().equalsIgnoreCase(o.getScheme()) && request.getServerName().equalsIgnoreCase(o.getHost())
                    && request.getServerPort() == port;
        } catch (Exception e) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
