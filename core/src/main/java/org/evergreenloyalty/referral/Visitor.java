package org.evergreenloyalty.referral;

/**
 * Who is on the other end of a storefront request, as the fraud rules and the wrong-code throttle see
 * them: IP address, user agent and session id (each may be null, e.g. for work done by a job).
 */
public final class Visitor {

    /** A visitor nothing is known about (jobs, admin actions, tests of pure logic). */
    public static final Visitor UNKNOWN = new Visitor(null, null, null);

    private final String ip;
    private final String userAgent;
    private final String sessionId;

    public Visitor(String ip, String userAgent, String sessionId) {
        this.ip = blankToNull(ip);
        this.userAgent = blankToNull(userAgent);
        this.sessionId = blankToNull(sessionId);
    }

    public String getIp() { return ip; }
    public String getUserAgent() { return userAgent; }
    public String getSessionId() { return sessionId; }

    /** Whether IP address and user agent are both known (the same-device rule needs both). */
    public boolean hasDevice() {
        return ip != null && userAgent != null;
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : (t.length() > 1000 ? t.substring(0, 1000) : t);
    }

    @Override
    public String toString() {
        return "visitor[ip " + (ip == null ? "?" : "known") + ", ua " + (userAgent == null ? "?" : "known")
                + ", session " + (sessionId == null ? "?" : "known") + "]";
    }
}
