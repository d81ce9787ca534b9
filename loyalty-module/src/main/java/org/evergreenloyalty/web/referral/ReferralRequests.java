package org.evergreenloyalty.web.referral;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.evergreenloyalty.referral.Attribution;
import org.evergreenloyalty.referral.ReferralCodeFormat;
import org.evergreenloyalty.referral.Visitor;

/**
 * The referral programme's traces in HTTP requests: the link cookie, the code field of registration and cart
 * forms, the visitor's IP address and browser, and the attribution result a registration leaves on the request.
 */
public final class ReferralRequests {

    /** Default name of the cookie that remembers a followed referral link. */
    public static final String DEFAULT_COOKIE = "evg_ref";
    /** The form field of a typed referral code (registration and cart forms). */
    public static final String CODE_PARAMETER = "referralCode";
    /** Request attribute holding the {@link Attribution} of a registration made during the request. */
    public static final String ATTRIBUTION_ATTRIBUTE = "evgReferralAttribution";

    private ReferralRequests() {
    }

    /**
     * The visitor of a request. The IP address is the connection's, or, when the connection comes from one of the
     * {@code proxies}, the one its X-Forwarded-For header names (see {@link TrustedProxies}).
     */
    public static Visitor visitor(HttpServletRequest request, TrustedProxies proxies) {
        if (request == null) {
            return Visitor.UNKNOWN;
        }
        String ip = proxies == null ? request.getRemoteAddr()
                : proxies.clientIp(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        HttpSession session = request.getSession(false);
        return new Visitor(ip, request.getHeader("User-Agent"), session == null ? null : session.getId());
    }

    /** The code of the referral link cookie, or null. */
    public static String linkCode(HttpServletRequest request, String cookieName) {
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (cookieName.equals(c.getName()) && c.getValue() != null && !c.getValue().trim().isEmpty()) {
                String v = c.getValue().trim();
                return v.length() > 40 ? v.substring(0, 40) : v;
            }
        }
        return null;
    }

    /** The typed code of the registration or cart form, or null. */
    public static String typedCode(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        String v = request.getParameter(CODE_PARAMETER);
        return v == null || v.trim().isEmpty() ? null : v;
    }

    /**
     * Remembers a referral code for {@code days} days: HttpOnly, SameSite=Lax, whole site, Secure on HTTPS requests.
     * Written as a header because the servlet API on Broadleaf 3.1's classpath predates HttpOnly.
     */
    public static void rememberCode(HttpServletRequest request, HttpServletResponse response, String cookieName,
                                    String code, int days) {
        response.addHeader("Set-Cookie", cookieHeader(cookieName, ReferralCodeFormat.normalize(code), days * 24L * 60 * 60,
                contextPath(request), request != null && request.isSecure()));
    }

    /** Removes the referral link cookie. */
    public static void forgetCode(HttpServletRequest request, HttpServletResponse response, String cookieName) {
        response.addHeader("Set-Cookie", cookieHeader(cookieName, "", 0, contextPath(request), request != null && request.isSecure()));
    }

    /** A Set-Cookie header value (the value must be a plain token, as normalised codes are). */
    static String cookieHeader(String name, String value, long maxAgeSeconds, String path, boolean secure) {
        java.text.SimpleDateFormat f = new java.text.SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.US);
        f.setTimeZone(java.util.TimeZone.getTimeZone("GMT"));
        String expires = f.format(new java.util.Date(maxAgeSeconds == 0 ? 0 : System.currentTimeMillis() + maxAgeSeconds * 1000));
        return name + "=" + value + "; Max-Age=" + maxAgeSeconds + "; Expires=" + expires + "; Path=" + path
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    /** The attribution a registration during this request produced, or null. */
    public static Attribution attributionOf(HttpServletRequest request) {
        Object a = request == null ? null : request.getAttribute(ATTRIBUTION_ATTRIBUTE);
        return a instanceof Attribution ? (Attribution) a : null;
    }

    private static String contextPath(HttpServletRequest request) {
        String p = request == null ? null : request.getContextPath();
        return p == null || p.isEmpty() ? "/" : p;
    }
}
