package org.evergreenloyalty.web;

/** Where a module form may send the shopper back to: only a path of this store, never another site. */
public final class LocalRedirect {

    private LocalRedirect() {
    }

    /**
     * {@code path} when it is a plain local path (starts with a single "/", no scheme, no backslash, no line
     * break, at most 300 characters), else {@code fallback}.
     */
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
