package org.evergreenloyalty.web.referral;

/** Where a referral form may send the shopper back to: only a plain path of this store, never another site. */
public final class SafeRedirect {

    private SafeRedirect() {
    }

    /** {@code path} when it is a local path (one leading "/", no scheme, backslash, whitespace or control character), else {@code fallback}. */
    public static String target(String path, String fallback) {
        if (path == null) {
            return fallback;
        }
        String p = path.trim();
        if (!p.startsWith("/") || p.startsWith("//") || p.contains("\\") || p.contains(":") || p.length() > 300) {
            return fallback;
        }
        for (int i = 0; i < p.length(); i++) {
            if (Character.isISOControl(p.charAt(i)) || Character.isWhitespace(p.charAt(i))) {
                return fallback;
            }
        }
        return p;
    }
}
