package org.evergreenloyalty.web;

/**
 * Where a module form may send the shopper back to: only a path of this store, never another site, and never
 * a path that would make the redirect itself fail (Spring expands {@code {name}} in redirect targets as URI
 * template variables, so {@code /cart{x}} would end in an HTTP 500).
 */
public final class LocalRedirect {

    /** The longest target accepted. */
    public static final int MAX_LENGTH = 300;

    private LocalRedirect() {
    }

    /**
     * {@code path} when it is a plain local path: starts with a single "/", at most {@value #MAX_LENGTH}
     * characters of the URI path/query/fragment set without ":" (so no scheme), no backslash, braces, quotes,
     * spaces, control or non-ASCII characters, and every "%" followed by two hex digits; else {@code fallback}.
     */
    public static String target(String path, String fallback) {
        if (path == null) {
            return fallback;
        }
        String p = path.trim();
        if (!p.startsWith("/") || p.startsWith("//") || p.length() > MAX_LENGTH) {
            return fallback;
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '%') {
                if (i + 2 >= p.length() || !isHex(p.charAt(i + 1)) || !isHex(p.charAt(i + 2))) {
                    return fallback;
                }
            } else if (!isAllowed(c)) {
                return fallback;
            }
        }
        return p;
    }

    private static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/-._~!$&()*+,;=@?#".indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
