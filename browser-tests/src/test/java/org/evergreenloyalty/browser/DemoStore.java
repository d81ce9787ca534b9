package org.evergreenloyalty.browser;

import java.nio.file.Path;

/**
 * A running demo store as the browser tests see it: where its storefront and admin console answer,
 * and where its output goes.
 */
public final class DemoStore {
    private final int sitePort;
    private final int adminPort;
    private final Path logFile;

    DemoStore(int sitePort, int adminPort, Path logFile) {
        this.sitePort = sitePort;
        this.adminPort = adminPort;
        this.logFile = logFile;
    }

    /** Absolute storefront URL for a path such as {@code /login}. */
    public String siteUrl(String path) {
        return "http://localhost:" + sitePort + withSlash(path);
    }

    /**
     * Absolute admin console URL for a path below {@code /admin}, such as {@code /login}. It names the
     * host as 127.0.0.1 while the storefront uses localhost: cookies are per host, not per port, so
     * this keeps the two webapps' session cookies apart in one browser.
     */
    public String adminUrl(String path) {
        return "http://127.0.0.1:" + adminPort + "/admin" + withSlash(path);
    }

    /** The file that receives the store's standard output and error. */
    public Path logFile() {
        return logFile;
    }

    private static String withSlash(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }
}
